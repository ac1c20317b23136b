// Terminal colours, off when NO_COLOR is set or the output is not a terminal.

export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

export function createStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Style {
  const enabled = Boolean(stream.isTTY) && !("NO_COLOR" in env) && env.TERM !== "dumb";
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
