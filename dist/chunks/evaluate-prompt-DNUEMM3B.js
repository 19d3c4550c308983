import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  evaluatePrompt
} from "./chunk-NW7AMDJY.js";
import "./chunk-IRAQGZWZ.js";
import "./chunk-RW2ZI6RW.js";
import "./chunk-IEWJOKEH.js";
import "./chunk-75RJOHPR.js";
import "./chunk-MI24B43W.js";
import "./chunk-7IS7JC7X.js";
import "./chunk-4LD44RND.js";
import "./chunk-6MRQXAYL.js";
import "./chunk-LT62UEMG.js";
import "./chunk-IEJME6RR.js";
export {
  evaluatePrompt
};
