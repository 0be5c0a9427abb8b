/**
 * How much a lesson may ask of the machine. A shared lesson folder is untrusted input: without limits
 * one lesson could fill the disk (`generate: size: 8000GiB`) or hold the checker for minutes.
 * docs/lesson-format.md ("What a lesson cannot do") states the same numbers.
 */

/** en.md or ko.md: the largest shipped lesson is about 40 KiB. */
export const MAX_LESSON_FILE_BYTES = 1024 * 1024;

/** Everything a lesson puts in its practice folder: the copy of workspace/ plus its generated files. */
export const MAX_PRACTICE_FOLDER_BYTES = 256 * 1024 * 1024;

/** Files under workspace/: enough for any build lesson, few enough to list at once. */
export const MAX_WORKSPACE_FILES = 10_000;

/** Alias expansions in one YAML block (the `yaml` package's own default): lessons need none. */
export const MAX_ALIAS_COUNT = 100;
