import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  evaluatePrompt
} from "./chunk-P5WQSAJJ.js";
import "./chunk-42VFDNCK.js";
import "./chunk-4G5HU5HH.js";
import "./chunk-2PP672OK.js";
import "./chunk-DZ7QH36O.js";
import "./chunk-457CSSHT.js";
import "./chunk-J3WCO46P.js";
import "./chunk-6MRQXAYL.js";
import "./chunk-4LD44RND.js";
import "./chunk-IEJME6RR.js";
export {
  evaluatePrompt
};
