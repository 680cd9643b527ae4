/** A problem the user can fix (bad option, missing file, malformed verdict): the CLI prints it and exits 1. */
export class EvalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EvalError";
  }
}
