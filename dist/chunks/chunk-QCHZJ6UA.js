import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import {
  ASSERTS_VAR,
  PromptFileError,
  THRESHOLD_VAR,
  YamlDiagnostics,
  buildTestCases,
  findUnsupportedSyntax,
  isModelParameterName,
  listDataReferences,
  listSendableTools,
  listVariables,
  loadJinja,
  modelParameterAliases,
  modelParametersSchema,
  notSentWarning,
  parseEvaluators,
  parsePromptFile,
  parseYamlSource,
  readTestRows,
  renderMessages,
  renderRows,
  resolveDataPath,
  splitRoleMarkers
} from "./chunk-7IS7JC7X.js";
import {
  require_dist
} from "./chunk-4LD44RND.js";
import {
  InputError
} from "./chunk-6MRQXAYL.js";
import {
  __commonJS,
  __toESM
} from "./chunk-IEJME6RR.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject4 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject4(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix3 });
        const result = { glob, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix3 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/core/formats/promptfoo-config.ts
import { posix } from "node:path";
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var codeExtensions = /\.(js|cjs|mjs|ts|py)(:[\w.]+)?$/i;
var openAiPrefixes = /^(openai:(chat:|responses:)?|azure:chat:|azureopenai:chat:|openrouter:)/;
function isPromptfooPath(path) {
  return /(^|\/)promptfoo[^/]*\.ya?ml(#.*)?$/i.test(path) || /\.ya?ml#/.test(path);
}
function splitVariantPath(path) {
  const at = path.indexOf("#");
  return at < 0 ? { file: path } : { file: path.slice(0, at), variant: path.slice(at + 1) };
}
function readPromptfooConfig(path, text) {
  const source = parseYamlSource(path, text);
  if (source.syntaxErrors.length > 0) return { errors: source.syntaxErrors };
  let value;
  try {
    value = source.doc.toJS();
  } catch (error) {
    return { errors: [{ file: path, line: 1, message: `cannot be read: ${error.message}` }] };
  }
  if (!isObject(value))
    return { errors: [{ file: path, line: 1, message: "a promptfoo config must be a mapping" }] };
  const d = new YamlDiagnostics(source);
  const notices = [];
  const prompts = readPrompts(path, value["prompts"], d, notices);
  const providers = readProviders(value["providers"] ?? value["targets"], d, notices);
  return { path, source, value, d, prompts, providers, notices };
}
function readPrompts(path, raw, d, notices) {
  const list = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  const prompts = [];
  for (const [i, item] of list.entries()) {
    const at = Array.isArray(raw) ? ["prompts", i] : ["prompts"];
    const text = typeof item === "string" ? item : isObject(item) ? item["raw"] : void 0;
    const label = isObject(item) ? item["label"] ?? item["id"] : void 0;
    if (typeof text !== "string") {
      d.error(at, "a prompt must be text, `file://…`, or {raw, label}");
      continue;
    }
    if (!text.startsWith("file://")) {
      prompts.push({ key: typeof label === "string" ? label : `prompt ${i + 1}`, raw: text, at });
      continue;
    }
    const ref = text.slice("file://".length);
    if (codeExtensions.test(ref)) {
      notices.push({
        ...d.build(at, ""),
        message: `prompt ${text} not run: it is a program, and promptgate never executes code from the repository`
      });
      continue;
    }
    if (/[*?[{]/.test(ref)) {
      notices.push({
        ...d.build(at, ""),
        message: `prompt ${text} not reviewed: list the files instead of a glob`
      });
      continue;
    }
    const resolved = resolveDataPath(path, ref);
    if ("error" in resolved) {
      d.error(at, resolved.error);
      continue;
    }
    prompts.push({
      key: typeof label === "string" ? label : posix.basename(resolved.path),
      raw: text,
      file: resolved.path,
      at
    });
  }
  if (prompts.length === 0 && d.errors.length === 0) d.error(["prompts"], "no prompt promptgate can review");
  return prompts;
}
function readProviders(raw, d, notices) {
  const list = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  const providers = [];
  const keys = /* @__PURE__ */ new Set();
  for (const [i, item] of list.entries()) {
    const at = Array.isArray(raw) ? ["providers", i] : ["providers"];
    const id = typeof item === "string" ? item : isObject(item) ? item["id"] : void 0;
    if (typeof id !== "string") {
      d.error(at, "a provider must be an id or {id, config}");
      continue;
    }
    const label = isObject(item) && typeof item["label"] === "string" ? item["label"] : id;
    if (!openAiPrefixes.test(id)) {
      notices.push({
        ...d.build(at, ""),
        message: `provider ${id} not run: only OpenAI-compatible providers (openai:, azure:chat:, openrouter:) are supported`
      });
      continue;
    }
    let key = label;
    for (let n = 2; keys.has(key); n++) key = `${label} (${n})`;
    keys.add(key);
    const config = isObject(item) && isObject(item["config"]) ? item["config"] : {};
    providers.push({ key, model: id.replace(openAiPrefixes, ""), config, at });
  }
  if (list.length > 0 && providers.length === 0)
    d.error(["providers"], "no OpenAI-compatible provider to run the prompts with");
  return providers;
}
function listVariantKeys(config) {
  const { prompts, providers } = config;
  if (providers.length <= 1) return prompts.map((p) => p.key);
  return prompts.flatMap((p) => providers.map((v) => `${p.key} @ ${v.key}`));
}
function findVariant(config, key) {
  for (const prompt of config.prompts) {
    if (config.providers.length <= 1 && prompt.key === key) return { prompt, provider: config.providers[0] };
    const provider = config.providers.find((v) => `${prompt.key} @ ${v.key}` === key);
    if (provider) return { prompt, provider };
  }
  return void 0;
}
function listPromptfooReferences(path, text) {
  const refs = [...text.matchAll(/file:\/\/([^\s'"\],}]+)/g)].map((m) => m[1]).filter((ref) => !/[*?[{]/.test(ref) && !codeExtensions.test(ref)).map((ref) => resolveDataPath(splitVariantPath(path).file, ref));
  return [...new Set(refs.flatMap((r) => "path" in r ? [r.path] : []))];
}
function readThreshold(entry, at, d) {
  const value = entry["threshold"];
  if (value === void 0) return void 0;
  if (typeof value === "number" && value >= 0 && value <= 1) return value;
  d.error(
    [...at, "threshold"],
    "must be a number from 0 to 1 (the least weighted share of assertions that pass)"
  );
  return void 0;
}

// src/core/formats/eval-set.ts
var import_yaml = __toESM(require_dist(), 1);
function listDatasetFiles(entry) {
  return entry?.dataset ? [entry.dataset.replace(/^(\.\/)+/, "")] : [];
}
async function readDatasetRows(entry, readFile, errors) {
  const [path] = listDatasetFiles(entry);
  if (path === void 0 || entry === void 0) return [];
  const text = await readFile(path);
  if (text === null) {
    errors.push({
      file: path,
      message: `dataset ${path} (named in promptgate.yml for ${entry.path}) was not found`
    });
    return [];
  }
  return readTestRows(path, text, errors) ?? [];
}
function parseEntryEvaluators(entry, file, errors) {
  if (!entry?.evaluators || entry.evaluators.length === 0) return [];
  const d = new YamlDiagnostics(parseYamlSource(file, (0, import_yaml.stringify)({ evaluators: entry.evaluators })));
  const specs = parseEvaluators(entry.evaluators, d);
  const unlocated = (x) => ({
    file: x.file,
    ...x.field ? { field: `promptgate.yml prompts entry: ${x.field}` } : {},
    message: x.message
  });
  errors.push(...d.errors.map(unlocated));
  return specs.map(({ line: _line, ...spec }) => spec);
}
var ScopedDiagnostics = class extends YamlDiagnostics {
  constructor(source, prefix) {
    super(source);
    this.prefix = prefix;
  }
  prefix;
  build(path, message, target = "value") {
    return super.build([...this.prefix, ...path], message, target);
  }
  lineOf(path) {
    return super.lineOf([...this.prefix, ...path]);
  }
};
function checkEntryEvaluators(source, patterns) {
  const errors = [];
  const warnings = [];
  patterns.forEach((entry, i) => {
    if (typeof entry === "string" || !entry.evaluators) return;
    const d = new ScopedDiagnostics(source, ["prompts", i]);
    parseEvaluators(entry.evaluators, d);
    errors.push(...d.errors);
    warnings.push(...d.warnings);
  });
  if (errors.length > 0) throw new InputError(errors);
  return warnings;
}
async function finishLoad(spec, errors) {
  await renderRows(spec, spec.testData);
  const rowErrors = Object.values(spec.renderer?.rows ?? {}).flatMap(
    (row) => "errors" in row ? row.errors : []
  );
  const all = [...errors, ...rowErrors];
  if (all.length > 0) throw new PromptFileError(all, spec);
  return spec;
}

// src/core/formats/promptfoo-asserts.ts
var escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function toRegexLiteral(type, value) {
  const negated = type.startsWith("not-");
  const base = negated ? type.slice(4) : type;
  const values = Array.isArray(value) ? value.map(String) : value === void 0 ? [] : [String(value)];
  const one = values[0] ?? "";
  let body;
  let flags = "";
  switch (base) {
    case "equals":
      body = `^${escapeRegex(one)}$`;
      break;
    case "contains":
    case "icontains":
      body = escapeRegex(one);
      break;
    case "starts-with":
      body = `^${escapeRegex(one)}`;
      break;
    case "regex":
      body = one;
      break;
    case "contains-any":
    case "icontains-any":
      body = values.map(escapeRegex).join("|");
      break;
    case "contains-all":
    case "icontains-all":
      body = `^${values.map((v) => `(?=[\\s\\S]*${escapeRegex(v)})`).join("")}`;
      break;
    default:
      return void 0;
  }
  if (base.startsWith("i")) flags = "i";
  if (negated) body = `^(?![\\s\\S]*(?:${body}))`;
  return `/${body}/${flags}`;
}
var notRunReason = {
  "is-valid-openai-tools-call": "the provider declares no OpenAI function tools, so there is no tool call to check",
  cost: "it needs `threshold`: the most a sample may cost, in USD",
  latency: "it needs `threshold`: the most a sample's call may take, in ms",
  javascript: "promptgate never executes code from the repository",
  python: "promptgate never executes code from the repository",
  webhook: "promptgate does not call out to other services"
};
function notRun(assert, type) {
  const why = notRunReason[type] ?? "this assertion type is not supported by promptgate";
  return { ...assert.where, message: `\`${type}\` assertion not run: ${why}` };
}
function toRubric(type, value) {
  const text = typeof value === "string" ? value : void 0;
  switch (type) {
    case "llm-rubric":
      return text;
    case "model-graded-closedqa":
      return text && `The output meets this criterion: ${text}`;
    case "factuality":
      return text && `The output is factually consistent with this reference answer (it may add detail, not contradict it): ${text}`;
    case "answer-relevance":
      return "The output is a relevant, on-topic answer to the input.";
    // promptfoo compares embeddings; promptgate's model port has none, so the judge compares meaning instead.
    case "similar":
      return text && `The output means the same as this reference (wording may differ): ${text}`;
    default:
      return void 0;
  }
}
function rubricJudge(name, rubric) {
  return {
    kind: "llm",
    name,
    invariant: false,
    prompt: `Grade the output of an assistant against the rubric.

Input:
{{input}}

Rubric: ${rubric}

Output:
{{output}}

If the rubric is empty, answer "pass". Answer "pass" if the output meets the rubric, else "fail".`,
    choices: [
      { choice: "pass", score: 1 },
      { choice: "fail", score: 0 }
    ]
  };
}
function ignoredKeys(assert) {
  const keys = ["metric", "provider"].filter((k) => k in assert.value);
  const weight = assert.value["weight"];
  if (weight !== void 0 && !(typeof weight === "number" && weight >= 0)) keys.push("weight");
  if (keys.length === 0) return [];
  const message = `${keys.map((k) => `\`${k}\``).join(", ")} ignored: promptgate keeps no named metrics, grades with its own judge model, and a weight must be a number ≥ 0`;
  return [{ ...assert.where, message }];
}
function fillVars(value, vars) {
  const fill = (text) => text.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (m, name) => vars[name] ?? m);
  if (typeof value === "string") return fill(value);
  if (Array.isArray(value)) return value.map((v) => typeof v === "string" ? fill(v) : v);
  return value;
}
var positiveNumber = (value) => typeof value === "number" && value >= 0 ? value : void 0;
function toOwnEvaluator(assert, tools) {
  const type = String(assert.value["type"]);
  const value = assert.value["value"];
  const threshold = positiveNumber(assert.value["threshold"]);
  const schema = value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  const common = { name: type, invariant: false };
  switch (type) {
    case "is-json":
      return schema ? { ...common, kind: "jsonSchema", schema } : { ...common, kind: "json" };
    case "contains-json":
      return { ...common, kind: "containsJson", ...schema ? { schema } : {} };
    case "levenshtein":
      return {
        ...common,
        kind: "levenshtein",
        value: String(value ?? ""),
        maxDistance: Math.floor(threshold ?? 5)
      };
    case "cost":
      return threshold === void 0 ? void 0 : { ...common, kind: "cost", maxUsd: threshold };
    case "latency":
      return threshold === void 0 ? void 0 : { ...common, kind: "latency", maxMs: threshold };
    case "is-valid-openai-tools-call":
      return tools ? { ...common, kind: "toolCall", tools } : void 0;
    default:
      return void 0;
  }
}
var OwnEvaluators = class {
  list = [];
  byDefinition = /* @__PURE__ */ new Map();
  /** The name of the evaluator for this definition, adding it (named `type`, `type 2`, …) when new. */
  add(evaluator) {
    const key = JSON.stringify({ ...evaluator, name: void 0 });
    const known = this.byDefinition.get(key);
    if (known) return known;
    const taken = this.list.filter(
      (e) => e.name === evaluator.name || e.name.startsWith(`${evaluator.name} `)
    );
    const name = taken.length === 0 ? evaluator.name : `${evaluator.name} ${taken.length + 1}`;
    this.list.push({ ...evaluator, name });
    this.byDefinition.set(key, name);
    return name;
  }
};
function mapRow(test, asserts, context) {
  const out = {};
  const weights = {};
  let regexSlot = 0;
  let rubricSlot = 0;
  for (const assert of asserts) {
    const type = String(assert.value["type"] ?? "");
    if ("transform" in assert.value) {
      const message = `\`${type}\` assertion not run: its \`transform\` is code, which promptgate never executes`;
      context.warnings.push({ ...assert.where, message });
      continue;
    }
    context.warnings.push(...ignoredKeys(assert));
    const weight = positiveNumber(assert.value["weight"]) ?? 1;
    const value = fillVars(assert.value["value"], test.vars);
    const regex = toRegexLiteral(type, value);
    const rubric = regex ? void 0 : toRubric(type, value);
    const own = regex || rubric !== void 0 ? void 0 : toOwnEvaluator(assert, context.tools);
    let evaluator;
    if (regex) {
      out[`__assert${++regexSlot}`] = regex;
      evaluator = `assert ${regexSlot}`;
    } else if (rubric !== void 0) {
      out[`__rubric${++rubricSlot}`] = rubric;
      evaluator = `rubric ${rubricSlot}`;
    } else if (own) evaluator = context.own.add(own);
    else {
      context.warnings.push(notRun(assert, type || "(no type)"));
      continue;
    }
    weights[evaluator] = (weights[evaluator] ?? 0) + weight;
  }
  context.slots.regex = Math.max(context.slots.regex, regexSlot);
  context.slots.rubric = Math.max(context.slots.rubric, rubricSlot);
  out[ASSERTS_VAR] = JSON.stringify(weights);
  if (test.threshold !== void 0) out[THRESHOLD_VAR] = String(test.threshold);
  return out;
}
function dedupe(warnings) {
  const seen = /* @__PURE__ */ new Set();
  return warnings.filter((w) => {
    const key = `${w.file}:${w.line}:${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function mapAsserts(defaults, tests, tools) {
  const context = {
    warnings: [],
    slots: { regex: 0, rubric: 0 },
    own: new OwnEvaluators(),
    tools: listSendableTools(tools)
  };
  const rowVars = tests.map((test) => mapRow(test, [...defaults, ...test.asserts], context));
  const evaluators = [...context.own.list];
  for (let k = 1; k <= context.slots.regex; k++) {
    evaluators.push({
      kind: "string",
      operator: "regex",
      value: `{{__assert${k}}}`,
      name: `assert ${k}`,
      invariant: false
    });
  }
  for (let k = 1; k <= context.slots.rubric; k++)
    evaluators.push(rubricJudge(`rubric ${k}`, `{{__rubric${k}}}`));
  const filled = rowVars.map((vars) => {
    const full = { ...vars };
    for (let k = 1; k <= context.slots.regex; k++) full[`__assert${k}`] = vars[`__assert${k}`] ?? "";
    for (let k = 1; k <= context.slots.rubric; k++) full[`__rubric${k}`] = vars[`__rubric${k}`] ?? "";
    return full;
  });
  return { evaluators, rowVars: filled, warnings: dedupe(context.warnings) };
}

// src/core/formats/promptfoo.ts
function listPromptfooVariants(path, text) {
  const config = readPromptfooConfig(path, text);
  return "errors" in config ? [] : listVariantKeys(config).map((key) => `${path}#${key}`);
}
async function loadPromptfoo(path, text, options) {
  const { file, variant } = splitVariantPath(path);
  const config = readPromptfooConfig(file, text);
  if ("errors" in config) throw new InputError(config.errors);
  const found = variant === void 0 ? void 0 : findVariant(config, variant);
  if (!found) {
    const why = [...config.d.errors, ...config.notices];
    if (variant === void 0 && why.length > 0) throw new InputError(why);
    const known = listVariantKeys(config).join(", ") || "none";
    throw new InputError({
      file,
      line: 1,
      message: `no prompt "${variant ?? ""}" in this config (prompts: ${known})`
    });
  }
  const errors = [];
  const messages = await readMessages(file, found.prompt, options.readFile, config, errors);
  const jinja = await loadJinja();
  const where = {
    file: found.prompt.file ?? file,
    line: found.prompt.file ? 1 : config.d.lineOf(found.prompt.at)
  };
  for (const m of messages) errors.push(...jinja.check(m.content, where));
  const variables = [...new Set(messages.flatMap((m) => jinja.listVariables(m.content)))].sort();
  const tests = await readTests(file, config, options.readFile, errors);
  const provider = readProvider(found.provider, config.d);
  const mapped = mapAsserts(tests.defaults, tests.list, provider.tools);
  const rows = tests.list.map((t, i) => ({
    ...t.row,
    row: { ...t.row.row, ...mapped.rowVars[i] }
  }));
  const evalSet = buildTestCases(rows, file, variables, { keepValues: true });
  const spec = {
    path,
    format: "promptfoo",
    ...typeof config.value["description"] === "string" ? { description: config.value["description"] } : {},
    ...found.provider ? { model: found.provider.model } : {},
    modelParameters: provider.parameters,
    responseFormat: provider.responseFormat,
    ...provider.tools ? { tools: provider.tools } : {},
    messages: messages.map((m) => ({ ...m, line: where.line })),
    testData: evalSet.cases,
    evaluators: mapped.evaluators,
    dataFiles: tests.files,
    dependencies: [...found.prompt.file ? [found.prompt.file] : [], ...tests.files],
    renderer: { engine: "jinja2", template: "", line: where.line, file: where.file, messages, rows: {} },
    variables,
    warnings: [...config.notices, ...config.d.warnings, ...mapped.warnings, ...evalSet.warnings]
  };
  return finishLoad(spec, [...config.d.errors, ...errors, ...evalSet.errors]);
}
var roles = /* @__PURE__ */ new Set(["system", "user", "assistant", "developer"]);
async function readMessages(file, prompt, read, config, errors) {
  let text = prompt.raw;
  if (prompt.file) {
    const content = await read(prompt.file);
    if (content === null) {
      errors.push(config.d.build(prompt.at, `${prompt.file} was not found`));
      return [];
    }
    text = content;
  }
  const chat = /\.(ya?ml|json)$/i.test(prompt.file ?? "") || /^\s*\[/.test(text) ? parseChat(text) : void 0;
  if (chat === "invalid") {
    errors.push({
      file: prompt.file ?? file,
      line: 1,
      message: "a chat prompt must be a list of {role, content}"
    });
    return [];
  }
  return chat ?? [{ role: "user", content: text }];
}
function readYaml(source) {
  try {
    return source.doc.toJS();
  } catch (error) {
    return error;
  }
}
function parseChat(text) {
  const source = parseYamlSource("chat", text);
  if (source.syntaxErrors.length > 0) return /^\s*\[/.test(text) ? void 0 : "invalid";
  const value = readYaml(source);
  if (!Array.isArray(value)) return "invalid";
  const ok = value.every(
    (m) => isObject(m) && roles.has(String(m["role"])) && typeof m["content"] === "string"
  );
  return ok ? value.map((m) => ({ role: m.role, content: m.content })) : "invalid";
}
function readProvider(provider, d) {
  const result = {
    parameters: {},
    responseFormat: "text"
  };
  if (!provider) return result;
  const plain = {};
  for (const [key, value] of Object.entries(provider.config)) {
    const name = modelParameterAliases[key] ?? key;
    const at = [...provider.at, "config", key];
    if (isModelParameterName(name)) plain[name] = value;
    else if (name === "tools" && Array.isArray(value)) result.tools = value;
    else if (name === "response_format" && isObject(value) && value["type"] === "json_object")
      result.responseFormat = "json_object";
    else
      d.warn(
        at,
        "ignored: promptgate calls the provider set in promptgate.yml with the model and parameters only",
        "key"
      );
  }
  const parsed = modelParametersSchema.safeParse(plain);
  if (parsed.success) result.parameters = parsed.data;
  else d.reportIssues(parsed.error.issues, [...provider.at, "config"], {}, plain);
  return result;
}
async function readTests(file, config, read, errors) {
  const files = [];
  const defaultTest = isObject(config.value["defaultTest"]) ? config.value["defaultTest"] : {};
  const defaults = listAsserts(defaultTest["assert"], ["defaultTest", "assert"], config.d);
  const defaultVars = isObject(defaultTest["vars"]) ? defaultTest["vars"] : {};
  const list = [];
  const raw = config.value["tests"];
  const entries = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  for (const [i, entry] of entries.entries()) {
    const at = Array.isArray(raw) ? ["tests", i] : ["tests"];
    if (typeof entry === "string" && entry.startsWith("file://")) {
      const loaded = await readTestFile(file, entry.slice(7), read, config.d.build(at, ""), errors);
      if (loaded) files.push(loaded.path);
      list.push(...loaded?.tests ?? []);
    } else if (isObject(entry)) list.push(buildTest(entry, at, config.d, void 0));
    else errors.push(config.d.build(at, "a test must be a mapping with `vars` and `assert`, or `file://…`"));
  }
  const defaultThreshold = readThreshold(defaultTest, ["defaultTest"], config.d);
  for (const test of list) {
    test.threshold ??= defaultThreshold;
    const vars = await readVarFiles(file, { ...defaultVars, ...test.row.row }, read, test.row, errors, files);
    test.row = { ...test.row, row: vars };
    test.vars = Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])
    );
  }
  return { defaults, list, files: [...new Set(files)] };
}
function listAsserts(raw, at, d) {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((value, k) => ({ value, where: d.build([...at, k], "") }));
}
function buildTest(entry, at, d, source) {
  const vars = isObject(entry["vars"]) ? entry["vars"] : {};
  const row = { row: vars, line: d.lineOf(at), ...source ? { source } : {} };
  const threshold = readThreshold(entry, at, d);
  const options = isObject(entry["options"]) ? entry["options"] : {};
  const transform = "transform" in options ? { transform: options["transform"] } : {};
  const asserts = listAsserts(entry["assert"], [...at, "assert"], d).map((a) => ({
    ...a,
    value: { ...transform, ...a.value }
  }));
  return { row, asserts, vars: {}, ...threshold !== void 0 ? { threshold } : {} };
}
async function readTestFile(file, ref, read, where, errors) {
  const resolved = resolveDataPath(file, ref);
  if ("error" in resolved) return void errors.push({ ...where, message: resolved.error });
  const text = await read(resolved.path);
  if (text === null) return void errors.push({ ...where, message: `${resolved.path} was not found` });
  const path = resolved.path;
  if (/\.(csv|jsonl|ndjson)$/i.test(path)) {
    const rows = readTestRows(path, text, errors);
    return rows ? { path, tests: rows.map((row) => ({ row, asserts: [], vars: {} })) } : void 0;
  }
  const source = parseYamlSource(path, text);
  if (source.syntaxErrors.length > 0) return void errors.push(...source.syntaxErrors);
  const d = new YamlDiagnostics(source);
  const value = readYaml(source);
  if (value instanceof Error)
    return void errors.push({ file: path, line: 1, message: `cannot be read: ${value.message}` });
  const items = Array.isArray(value) ? value : [value];
  const tests = items.flatMap(
    (item, i) => isObject(item) ? [buildTest(item, Array.isArray(value) ? [i] : [], d, path)] : []
  );
  return { path, tests };
}
async function readVarFiles(file, vars, read, row, errors, files) {
  const out = {};
  for (const [name, value] of Object.entries(vars)) {
    if (typeof value !== "string" || !value.startsWith("file://")) {
      out[name] = value;
      continue;
    }
    const where = { file: row.source ?? file, line: row.line };
    const resolved = resolveDataPath(file, value.slice(7));
    const text = "error" in resolved ? null : await read(resolved.path);
    if ("error" in resolved || text === null) {
      const what = "error" in resolved ? resolved.error : `${resolved.path} was not found`;
      errors.push({ ...where, field: `vars.${name}`, message: what });
      continue;
    }
    files.push(resolved.path);
    out[name] = text;
  }
  return out;
}

// src/core/diff/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var matchers = /* @__PURE__ */ new Map();
function buildGlobMatcher(globs) {
  const key = JSON.stringify(globs);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = globs.length === 0 ? () => false : (0, import_picomatch.default)([...globs], { dot: true });
    matchers.set(key, matcher);
  }
  return matcher;
}

// src/core/formats/dotprompt.ts
import { posix as posix2 } from "node:path";

// src/core/formats/front-matter.ts
var frontMatterPattern = /^(\s*)---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
function splitFrontMatter(path, text) {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const match = frontMatterPattern.exec(source);
  const lineCount = (s) => s.split(/\r?\n/).length - 1;
  if (!match) {
    const yaml2 = parseYamlSource(path, "");
    return { yaml: yaml2, value: {}, body: source, bodyLine: 1, d: new YamlDiagnostics(yaml2) };
  }
  const leading = lineCount(match[1]);
  const yamlText = `${"\n".repeat(leading + 1)}${match[2]}`;
  const yaml = parseYamlSource(path, yamlText);
  if (yaml.syntaxErrors.length > 0) throw new InputError(yaml.syntaxErrors);
  let value;
  try {
    value = yaml.doc.toJS() ?? {};
  } catch (error) {
    throw new InputError({
      file: path,
      line: leading + 2,
      message: `cannot be read: ${error.message}`
    });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError({
      file: path,
      line: leading + 2,
      message: "the front matter must be a YAML mapping"
    });
  }
  return {
    yaml,
    value,
    body: source.slice(match[0].length),
    bodyLine: lineCount(match[0]) + 1,
    d: new YamlDiagnostics(yaml)
  };
}
function pickStringFields(front, keys) {
  const picked = {};
  for (const key of keys) {
    const value = front[key];
    if (typeof value === "string") picked[key] = value;
  }
  return picked;
}

// src/core/formats/dotprompt.ts
var isObject2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var partialPattern = /\{\{~?>\s*([A-Za-z0-9_.-]+)/g;
var rolePattern = /\{\{~?\s*role\s+"(system|user|model)"\s*~?\}\}/g;
var MAX_PARTIAL_DEPTH = 8;
function isDotpromptPartial(path) {
  return /(^|\/)_[^/]+\.prompt$/.test(path);
}
function partialPath(promptPath, name) {
  return posix2.join(posix2.dirname(promptPath), `_${name}.prompt`);
}
function listDotpromptReferences(path, text) {
  return [...new Set([...text.matchAll(partialPattern)].map((m) => partialPath(path, m[1])))];
}
async function loadDotprompt(path, text, options) {
  const file = splitFrontMatter(path, text);
  const { d, value: front } = file;
  const errors = [];
  const partials = await readPartials(path, text, options, errors);
  const input = isObject2(front["input"]) ? front["input"] : {};
  const defaults = isObject2(input["default"]) ? input["default"] : {};
  const schemaKeys = isObject2(input["schema"]) ? Object.keys(input["schema"]).map(fieldName) : [];
  const used = listVariables(file.body).map((v) => v.split(".")[0]).filter((v) => v !== "this");
  const variables = [.../* @__PURE__ */ new Set([...schemaKeys, ...used])].sort();
  const rows = await readDatasetRows(options.entry, options.readFile, errors);
  const evalSet = buildTestCases(rows, path, variables, { keepValues: true });
  const modelParameters = readConfig(front["config"], d);
  const output = await readOutput(front["output"], d);
  const tools = Array.isArray(front["tools"]) ? front["tools"] : void 0;
  if (tools && !listSendableTools(tools)) d.warn(["tools"], notSentWarning);
  const spec = {
    path,
    format: "dotprompt",
    ...pickStringFields(front, ["model", "description"]),
    modelParameters,
    ...output,
    ...tools ? { tools } : {},
    messages: splitRoles(inlinePartials(file.body, partials.sources), file.bodyLine),
    testData: evalSet.cases,
    evaluators: parseEntryEvaluators(options.entry, path, errors),
    dataFiles: listDatasetFiles(options.entry),
    dependencies: Object.keys(partials.paths).sort(),
    renderer: {
      engine: "dotprompt",
      template: text,
      line: file.bodyLine,
      file: path,
      defaults,
      partials: partials.sources,
      rows: {}
    },
    variables,
    warnings: [...d.warnings, ...evalSet.warnings]
  };
  return finishLoad(spec, [...d.errors, ...errors, ...evalSet.errors]);
}
function fieldName(key) {
  return key.replace(/\(.*$/, "").replace(/\?$/, "").trim();
}
async function readPartials(path, text, options, errors) {
  const sources = {};
  const paths = {};
  const visit = async (from, source, depth) => {
    for (const match of source.matchAll(partialPattern)) {
      const name = match[1];
      if (name in sources) continue;
      const line = source.slice(0, match.index).split("\n").length;
      if (depth >= MAX_PARTIAL_DEPTH) {
        errors.push({ file: from, line, message: `partials nest deeper than ${MAX_PARTIAL_DEPTH} levels` });
        return;
      }
      const target = partialPath(path, name);
      paths[target] = true;
      const partial = await options.readFile(target);
      if (partial === null) {
        errors.push({
          file: from,
          line,
          message: `partial {{> ${name}}} needs ${target}, which was not found`
        });
        continue;
      }
      sources[name] = partial;
      await visit(target, partial, depth + 1);
    }
  };
  await visit(path, text, 0);
  return { sources, paths };
}
function readConfig(raw, d) {
  if (!isObject2(raw)) return {};
  const names = {
    temperature: "temperature",
    topP: "topP",
    maxOutputTokens: "maxTokens",
    stopSequences: "stop",
    seed: "seed",
    presencePenalty: "presencePenalty",
    frequencyPenalty: "frequencyPenalty"
  };
  const plain = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = names[key];
    if (name) plain[name] = value;
    else d.warn(["config", key], "not a parameter of an OpenAI-compatible call; ignored", "key");
  }
  const parsed = modelParametersSchema.safeParse(plain);
  if (parsed.success) return parsed.data;
  d.reportIssues(parsed.error.issues, ["config"], {}, plain);
  return {};
}
async function readOutput(raw, d) {
  if (!isObject2(raw)) return { responseFormat: "text" };
  const schema = raw["schema"];
  if (schema === void 0) return { responseFormat: raw["format"] === "json" ? "json_object" : "text" };
  try {
    const { picoschema } = await import("./dist-DHBAOCSZ.js");
    const json = await picoschema(schema);
    return { responseFormat: "json_schema", jsonSchema: { name: "output", schema: json } };
  } catch (error) {
    d.warn(
      ["output", "schema"],
      `cannot be turned into a JSON Schema (${error.message}); JSON output is asked for without a schema`
    );
    return { responseFormat: "json_object" };
  }
}
function inlinePartials(body, sources, depth = 0) {
  if (depth >= MAX_PARTIAL_DEPTH) return body;
  return body.replace(
    /\{\{~?>\s*([A-Za-z0-9_.-]+)[^}]*\}\}/g,
    (token, name) => name in sources ? inlinePartials(sources[name], sources, depth + 1) : token
  );
}
function splitRoles(body, bodyLine) {
  const messages = [];
  let role = "user";
  let start = 0;
  const push = (end) => {
    const chunk = body.slice(start, end);
    const content = chunk.trim();
    if (content === "") return;
    const lead = chunk.slice(0, chunk.indexOf(content.charAt(0)));
    const line = bodyLine + body.slice(0, start).split("\n").length - 1 + lead.split("\n").length - 1;
    messages.push({ role, content, line });
  };
  for (const match of body.matchAll(rolePattern)) {
    push(match.index);
    role = match[1] === "model" ? "assistant" : match[1];
    start = match.index + match[0].length;
  }
  push(body.length);
  return messages;
}

// src/core/formats/plain-template.ts
var jinjaExtensions = /\.(j2|jinja2?)$/i;
function templateSyntax(path, entry) {
  return entry?.syntax ?? (jinjaExtensions.test(path) ? "jinja2" : "mustache");
}
async function loadTemplate(path, text, options) {
  const entry = options.entry;
  const syntax = templateSyntax(path, entry);
  const role = entry?.role === "markers" ? void 0 : entry?.role ?? "user";
  const messages = role ? [{ role, content: text.trim(), line: 1 }] : splitRoleMarkers(text, 1);
  const errors = [];
  let variables;
  if (syntax === "jinja2") {
    const jinja = await loadJinja();
    errors.push(...jinja.check(text, { file: path, line: 1 }));
    variables = jinja.listVariables(text).sort();
  } else {
    variables = [...new Set(messages.flatMap((m) => listVariables(m.content)))].sort();
    for (const { token, offset } of findUnsupportedSyntax(text)) {
      const line = text.slice(0, offset).split("\n").length;
      const message = `${token} is not a {{name}} placeholder; set \`syntax: jinja2\` on the prompts entry to use Jinja2`;
      errors.push({ file: path, line, message });
    }
  }
  const rows = await readDatasetRows(entry, options.readFile, errors);
  const evalSet = buildTestCases(rows, path, variables, { keepValues: true });
  const spec = {
    path,
    format: "template",
    ...entry?.model ? { model: entry.model } : {},
    modelParameters: {},
    responseFormat: "text",
    messages,
    testData: evalSet.cases,
    evaluators: parseEntryEvaluators(entry, path, errors),
    dataFiles: listDatasetFiles(entry),
    ...syntax === "jinja2" ? {
      renderer: {
        engine: "jinja2",
        template: text,
        line: 1,
        file: path,
        ...role ? { role } : {},
        rows: {}
      }
    } : {},
    variables,
    warnings: evalSet.warnings
  };
  errors.push(...evalSet.errors, ...await listRowErrors(spec));
  if (errors.length > 0) throw new PromptFileError(errors, spec);
  return spec;
}
async function listRowErrors(spec) {
  await renderRows(spec, spec.testData);
  return spec.testData.flatMap((testCase) => {
    try {
      renderMessages(spec, testCase);
      return [];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return error.diagnostics;
    }
  });
}

// src/core/formats/prompt-yml.ts
async function loadPromptYml(path, text, options) {
  const dataFiles = {};
  for (const ref of listDataReferences(path, text)) dataFiles[ref] = await options.readFile(ref);
  const parseOptions = options.maxRows !== void 0 ? { maxRows: options.maxRows } : {};
  return { ...parsePromptFile(path, text, dataFiles, parseOptions), format: "prompt-yml" };
}

// src/core/formats/prompty.ts
var isObject3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var fileRef = /^\s*\$\{file:([^}]+)\}\s*$/;
var envRef = /\$\{env:/i;
var knownKeys = /* @__PURE__ */ new Set([
  "name",
  "description",
  "version",
  "authors",
  "tags",
  "model",
  "inputs",
  "outputs",
  "sample",
  "template",
  "metadata"
]);
function listPromptyReferences(path, text) {
  const refs = [...text.matchAll(/\$\{file:([^}]+)\}/g)].map((m) => resolveDataPath(path, m[1]));
  return [...new Set(refs.flatMap((r) => "path" in r ? [r.path] : []))];
}
async function loadPrompty(path, text, options) {
  const file = splitFrontMatter(path, text);
  const { d, value: front } = file;
  const dependencies = [];
  const readRef = async (at, raw) => {
    const ref = typeof raw === "string" ? fileRef.exec(raw)?.[1] : void 0;
    if (ref === void 0) return raw;
    const resolved = resolveDataPath(path, ref);
    if ("error" in resolved) return d.error(at, resolved.error);
    dependencies.push(resolved.path);
    const content = await options.readFile(resolved.path);
    if (content === null) return d.error(at, `${resolved.path} was not found`);
    try {
      return JSON.parse(content);
    } catch (error) {
      return d.error(at, `${resolved.path} is not valid JSON: ${error.message}`);
    }
  };
  d.warnUnknownKeys(front, knownKeys, []);
  const model = isObject3(front["model"]) ? front["model"] : {};
  const jinja = await loadJinja();
  const where = { file: path, line: file.bodyLine };
  d.errors.push(...jinja.check(file.body, where));
  const defaults = readInputDefaults(front["inputs"]);
  const variables = [
    .../* @__PURE__ */ new Set([
      ...Object.keys(isObject3(front["inputs"]) ? front["inputs"] : {}),
      ...jinja.listVariables(file.body)
    ])
  ].sort();
  const parameters = await readParameters(model["parameters"], d, readRef);
  const errors = [];
  const rows = await readRows(front, options, errors, d, readRef);
  const evalSet = buildTestCases(rows, path, variables, { keepValues: true });
  const spec = {
    path,
    format: "prompty",
    ...pickStringFields(front, ["name", "description"]),
    ...readModelName(model, d),
    modelParameters: parameters.modelParameters,
    responseFormat: parameters.responseFormat,
    ...parameters.tools ? { tools: parameters.tools } : {},
    messages: splitRoleMarkers(file.body, file.bodyLine),
    testData: evalSet.cases,
    evaluators: parseEntryEvaluators(options.entry, path, errors),
    dataFiles: listDatasetFiles(options.entry),
    dependencies: [...new Set(dependencies)],
    renderer: { engine: "jinja2", template: file.body, line: file.bodyLine, file: path, defaults, rows: {} },
    variables,
    warnings: [...d.warnings, ...evalSet.warnings]
  };
  return finishLoad(spec, [...d.errors, ...errors, ...evalSet.errors]);
}
function readInputDefaults(inputs) {
  if (!isObject3(inputs)) return {};
  const defaults = {};
  for (const [name, input] of Object.entries(inputs)) {
    if (isObject3(input)) {
      if ("default" in input) defaults[name] = input["default"];
    } else if (input !== null && input !== "") defaults[name] = input;
  }
  return defaults;
}
function readModelName(model, d) {
  const configuration = isObject3(model["configuration"]) ? model["configuration"] : {};
  const candidates = [
    [["model", "id"], model["id"]],
    [["model", "configuration", "azure_deployment"], configuration["azure_deployment"]],
    [["model", "configuration", "model"], configuration["model"]],
    [["model", "configuration", "name"], configuration["name"]]
  ];
  for (const [at, value] of candidates) {
    if (typeof value !== "string" || value.trim() === "") continue;
    if (envRef.test(value)) {
      d.warn(
        at,
        "comes from an environment variable, which promptgate does not read; the config's `model` is used"
      );
      return {};
    }
    return { model: value.trim() };
  }
  return {};
}
async function readParameters(raw, d, readRef) {
  const at = ["model", "parameters"];
  if (!isObject3(raw)) return { modelParameters: {}, responseFormat: "text" };
  const result = { modelParameters: {}, responseFormat: "text" };
  const plain = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = modelParameterAliases[key] ?? key;
    if (name === "tools") {
      const tools = await readRef([...at, key], value);
      if (Array.isArray(tools)) result.tools = tools;
      else if (tools !== void 0)
        d.error([...at, key], "must be a list of tools (or a `file:` reference to a JSON file holding one)");
    } else if (name === "response_format") {
      const type = isObject3(value) ? value["type"] : value;
      if (type === "json_object" || type === "text") result.responseFormat = type;
      else d.error([...at, key], "only `{type: json_object}` and `{type: text}` are supported");
    } else if (isModelParameterName(name)) plain[name] = value;
    else d.warn([...at, key], "not a model parameter promptgate sends; ignored", "key");
  }
  const parsed = modelParametersSchema.safeParse(plain);
  if (parsed.success) result.modelParameters = parsed.data;
  else d.reportIssues(parsed.error.issues, at, {}, plain);
  if (result.tools && !listSendableTools(result.tools)) d.warn([...at, "tools"], notSentWarning);
  return result;
}
async function readRows(front, options, errors, d, readRef) {
  if (options.entry?.dataset) return readDatasetRows(options.entry, options.readFile, errors);
  if (front["sample"] === void 0) return [];
  const sample = await readRef(["sample"], front["sample"]);
  if (sample === void 0) return [];
  if (!isObject3(sample)) {
    d.error(
      ["sample"],
      "must be a mapping of input names to values (or a `file:` reference to a JSON file holding one)"
    );
    return [];
  }
  return [{ row: sample, line: d.lineOf(["sample"]) }];
}

// src/core/formats/prompt-formats.ts
var loaders = {
  "prompt-yml": loadPromptYml,
  prompty: loadPrompty,
  dotprompt: loadDotprompt,
  template: loadTemplate,
  promptfoo: loadPromptfoo
};
function findPromptEntry(patterns, path) {
  return patterns.find((p) => typeof p !== "string" && buildGlobMatcher([p.path])(path));
}
function detectFormat(path, entry) {
  if (entry?.format) return entry.format;
  const lower = path.toLowerCase();
  if (isPromptfooPath(lower)) return "promptfoo";
  if (lower.endsWith(".prompty")) return "prompty";
  if (lower.endsWith(".prompt")) return "dotprompt";
  if (/\.prompt\.ya?ml$/.test(lower) || !entry) return "prompt-yml";
  return "template";
}
async function loadPromptSpec(request) {
  const entry = findPromptEntry(request.patterns ?? [], splitVariantPath(request.path).file);
  const format = detectFormat(request.path, entry);
  const options = {
    readFile: request.readFile,
    ...entry ? { entry } : {},
    ...request.maxRows !== void 0 ? { maxRows: request.maxRows } : {}
  };
  return loaders[format](request.path, request.text, options);
}
function buildDependencyLister(patterns) {
  return (path, text) => {
    const entry = findPromptEntry(patterns, path);
    const dataset = entry?.dataset ? [entry.dataset.replace(/^(\.\/)+/, "")] : [];
    const own = (() => {
      switch (detectFormat(path, entry)) {
        case "prompt-yml":
          return listDataReferences(path, text);
        case "prompty":
          return listPromptyReferences(path, text);
        case "dotprompt":
          return listDotpromptReferences(path, text);
        case "template":
          return [];
        case "promptfoo":
          return listPromptfooReferences(path, text);
      }
    })();
    return [.../* @__PURE__ */ new Set([...own, ...dataset])];
  };
}
function buildChangeSetOptions(patterns) {
  return { globs: patterns, dataReferences: buildDependencyLister(patterns), exclude: isDotpromptPartial };
}
function expandPromptfooChanges(changes, patterns) {
  return changes.flatMap((change) => {
    const entry = findPromptEntry(patterns, change.path);
    if (detectFormat(change.path, entry) !== "promptfoo") return [change];
    const base = change.base ? listPromptfooVariants(change.base.path, change.base.text) : [];
    const head = change.head ? listPromptfooVariants(change.head.path, change.head.text) : [];
    if (base.length === 0 && head.length === 0) return [change];
    const keyOf = (variantPath) => variantPath.slice(variantPath.indexOf("#") + 1);
    const keys = [...new Set([...base, ...head].map(keyOf))];
    return keys.map((key) => {
      const b = change.base && base.some((p) => keyOf(p) === key) ? `${change.base.path}#${key}` : void 0;
      const h = change.head && head.some((p) => keyOf(p) === key) ? `${change.head.path}#${key}` : void 0;
      const kind = b && h ? change.change === "renamed" && b !== h ? "renamed" : "modified" : h ? "added" : "deleted";
      return {
        path: h ?? b,
        file: h ? change.head.path : change.base.path,
        change: kind,
        ...kind === "renamed" ? { previousPath: b } : {},
        ...b ? { base: { path: b, text: change.base.text } } : {},
        ...h ? { head: { path: h, text: change.head.text } } : {},
        changedDataFiles: change.changedDataFiles
      };
    });
  });
}

export {
  checkEntryEvaluators,
  buildGlobMatcher,
  splitVariantPath,
  listPromptfooVariants,
  findPromptEntry,
  detectFormat,
  loadPromptSpec,
  buildChangeSetOptions,
  expandPromptfooChanges
};
