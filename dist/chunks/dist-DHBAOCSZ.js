import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-Y3POZETH.js";
import "./chunk-4LD44RND.js";
import "./chunk-IEJME6RR.js";
export default require_dist();
