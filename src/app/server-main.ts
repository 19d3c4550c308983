// Entry of the App server (`npm start`, `node dist/app.js`): run it, stop cleanly on SIGTERM/SIGINT.
import { runApp } from "./run-app.js";

const result = await runApp(process.env);
if ("exitCode" in result) {
  process.exitCode = result.exitCode;
} else {
  const stop = () => void result.server.close().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
