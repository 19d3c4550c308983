import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  review
} from "./chunk-KVJ7ODKA.js";
import "./chunk-CFN2KZ5V.js";
import "./chunk-3QQ4U5OI.js";
import "./chunk-5J3P5NPK.js";
import "./chunk-G6BYFSVF.js";
import "./chunk-6MRQXAYL.js";
import "./chunk-4LD44RND.js";
import "./chunk-IEJME6RR.js";
export {
  review
};
