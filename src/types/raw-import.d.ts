// `import text from "file?raw"`: a file's contents as a string, bundled in (esbuild plugin in scripts/build.mjs;
// vitest reads the suffix natively).
declare module "*?raw" {
  const text: string;
  export default text;
}
