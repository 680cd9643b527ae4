"use client";
import { useSyncExternalStore } from "react";
import { CartesianGrid, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartPoint {
  t: number;
  percent: number;
  kind: "quiz" | "review";
  label: string;
}

const DARK = "(prefers-color-scheme: dark)";
function subscribe(onChange: () => void) {
  const mq = window.matchMedia(DARK);
  mq.addEventListener("change", onChange);
  return () => mq.removeEventListener("change", onChange);
}
const useDark = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DARK).matches,
    () => false,
  );

const PALETTE = {
  light: { quiz: "#4338ca", review: "#047857", grid: "#e7e5e4", text: "#78716c", surface: "#ffffff", border: "#e7e5e4", ink: "#1c1917" },
  dark: { quiz: "#a5b4fc", review: "#6ee7b7", grid: "#292524", text: "#a8a29e", surface: "#1c1917", border: "#44403c", ink: "#f5f5f4" },
};

const percentLabel = (value: unknown) => (value == null ? "" : `${String(value)}%`);

interface Row {
  t: number;
  quiz?: number;
  review?: number;
  label: string;
}

/** Scores over time: one line for quizzes, one for review sessions. The figure carries a text description. */
export function ScoreChart({ points, timeZone, title, description }: { points: ChartPoint[]; timeZone: string; title: string; description: string }) {
  const colors = PALETTE[useDark() ? "dark" : "light"];
  const rows: Row[] = points.map((p) => ({ t: p.t, label: p.label, [p.kind]: p.percent }));
  const hasReviews = points.some((p) => p.kind === "review");
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone });
  const full = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone });
  const first = points[0]?.t ?? 0;
  const last = points.at(-1)?.t ?? 0;
  // With few points, each one carries its value; with many, the tooltip does.
  const sparse = points.length <= 8;
  const pad = Math.max(12 * 3600_000, (last - first) * 0.04);

  return (
    <figure aria-labelledby="score-chart-title" aria-describedby="score-chart-desc" className="m-0">
      <figcaption className="sr-only">
        <span id="score-chart-title">{title}</span>
        <span id="score-chart-desc">{description}</span>
      </figcaption>
      <div className="h-64 w-full sm:h-72" role="img" aria-label={`${title}. ${description}`}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
          <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: -12 }} accessibilityLayer={false}>
            <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[first - pad, last + pad]}
              tickFormatter={(t: number) => day.format(new Date(t))}
              tick={{ fill: colors.text, fontSize: 12 }}
              stroke={colors.grid}
              tickLine={false}
              minTickGap={24}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => `${v}%`}
              tick={{ fill: colors.text, fontSize: 12 }}
              stroke={colors.grid}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              contentStyle={{ background: colors.surface, border: `1px solid ${colors.border}`, borderRadius: 8, color: colors.ink, fontSize: 13 }}
              labelStyle={{ color: colors.text }}
              labelFormatter={(t, payload) => {
                const row = payload?.[0]?.payload as Row | undefined;
                return `${full.format(new Date(Number(t)))}${row ? ` · ${row.label}` : ""}`;
              }}
              formatter={(value, name) => [`${value}%`, name === "review" ? "Review" : "Quiz"]}
            />
            {hasReviews && (
              <Legend
                verticalAlign="top"
                height={28}
                iconType="circle"
                formatter={(name) => <span style={{ color: colors.text, fontSize: 12 }}>{name === "review" ? "Reviews" : "Quizzes"}</span>}
              />
            )}
            <Line
              type="monotone"
              dataKey="quiz"
              name="quiz"
              stroke={colors.quiz}
              strokeWidth={2.5}
              dot={{ r: 4, fill: colors.quiz, strokeWidth: 0 }}
              activeDot={{ r: 6 }}
              connectNulls
              isAnimationActive={false}
            >
              {sparse && <LabelList dataKey="quiz" position="top" offset={10} formatter={percentLabel} fill={colors.quiz} fontSize={12} fontWeight={600} />}
            </Line>
            {hasReviews && (
              <Line
                type="monotone"
                dataKey="review"
                name="review"
                stroke={colors.review}
                strokeWidth={2}
                strokeDasharray="5 4"
                dot={{ r: 4, fill: colors.review, strokeWidth: 0 }}
                activeDot={{ r: 6 }}
                connectNulls
                isAnimationActive={false}
              >
                {sparse && <LabelList dataKey="review" position="top" offset={10} formatter={percentLabel} fill={colors.review} fontSize={12} fontWeight={600} />}
              </Line>
            )}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
