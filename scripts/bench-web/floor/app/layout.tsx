// The floor of the web benchmark: the least a server-rendered Next.js page costs, with the same Next and React
// as Lectio and nothing of Lectio's (no CSS, fonts, data or client components).
export const metadata = { title: "Floor" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
