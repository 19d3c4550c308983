import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  evaluatePrompt
} from "./chunk-2F2AVEKM.js";
import "./chunk-EJMJBMUK.js";
import "./chunk-XJC6QH3Q.js";
import "./chunk-2PP672OK.js";
import "./chunk-IUJVTMBF.js";
import "./chunk-JKDQZCMY.js";
import "./chunk-4LD44RND.js";
import "./chunk-6MRQXAYL.js";
import "./chunk-J3WCO46P.js";
import "./chunk-IEJME6RR.js";
export {
  evaluatePrompt
};
