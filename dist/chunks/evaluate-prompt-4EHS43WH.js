import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  evaluatePrompt
} from "./chunk-TXVC3NMK.js";
import "./chunk-RR7S2ONR.js";
import "./chunk-LXYTSLWR.js";
import "./chunk-DIQP3LJZ.js";
import "./chunk-WCRMAAKI.js";
import "./chunk-WIOIDULV.js";
import "./chunk-CJOIIG74.js";
import "./chunk-4LD44RND.js";
import "./chunk-6MRQXAYL.js";
import "./chunk-J3WCO46P.js";
import "./chunk-IEJME6RR.js";
export {
  evaluatePrompt
};
