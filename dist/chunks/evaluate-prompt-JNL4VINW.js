import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  evaluatePrompt
} from "./chunk-GKZ6VUPO.js";
import "./chunk-WQALFVV4.js";
import "./chunk-E3HLWJTB.js";
import "./chunk-DIQP3LJZ.js";
import "./chunk-6WUBECJB.js";
import "./chunk-GX57YNTX.js";
import "./chunk-KOKUZFBC.js";
import "./chunk-4LD44RND.js";
import "./chunk-6MRQXAYL.js";
import "./chunk-J3WCO46P.js";
import "./chunk-IEJME6RR.js";
export {
  evaluatePrompt
};
