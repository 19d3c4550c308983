// GitHub's size limits and the comment marker, named once so every renderer trims to the same numbers.
import { md } from "./escape.js";

/** Largest issue/PR comment body: "body is too long (maximum is 65536 characters)" (REST `POST /repos/{owner}/{repo}/issues/{n}/comments`). */
export const MAX_COMMENT_CHARS = 65_536;

/** Largest check run `output.summary` (REST `POST /repos/{owner}/{repo}/check-runs`, "Maximum length: 65535 characters"). */
export const MAX_CHECK_SUMMARY_CHARS = 65_535;

/** Largest check run `output.text` (same endpoint, same documented maximum). */
export const MAX_CHECK_TEXT_CHARS = 65_535;

/** Annotations accepted per create/update check run request ("limited to 50 annotations per request"). */
export const MAX_ANNOTATIONS_PER_REQUEST = 50;

/** Largest check run `output.title`, annotation `title` (255 chars each). */
export const MAX_CHECK_TITLE_CHARS = 255;

/** Largest annotation `message` (64 KB). */
export const MAX_ANNOTATION_MESSAGE_CHARS = 65_535;

/** Hidden marker that identifies promptgate's sticky comment; renderers make sure model output cannot forge it. */
export const COMMENT_MARKER = md`<!-- promptgate:comment -->`;
