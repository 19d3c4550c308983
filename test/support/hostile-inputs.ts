// Hostile inputs a pull request can put in a repository: alias bombs and binary content.

/** "Billion laughs": `levels` levels of nine-fold aliases, 9^levels values once expanded. */
export function aliasBomb(levels = 9): string {
  const lines = ['- &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++) {
    lines.push(`- &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(",")}]`);
  }
  return `${lines.join("\n")}\n`;
}

/** The start of a PNG file: binary content whose first NUL byte is on line 3. */
export const pngBytes = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0010";
