/** Where a CLI command writes; tests capture it, main() binds it to stdout/stderr. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes shared by every command: 0 no errors, 1 errors found, 2 unusable input. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;
