import { AppError } from '../../../../../platform/shared/app-error.ts';

/** One record of the source file: its cells as text and the 1-based line (or sheet row) it starts on. */
export interface SourceRow {
  line: number;
  values: string[];
}

/** Something wrong with the input, with a stable code and a message in Swedish and English. */
export interface ImportProblem {
  code: string;
  /** Swedish, shown to the user. */
  message: string;
  messageEn: string;
}

/** A file that cannot be read at all (wrong format, broken, empty): a user error, never a 500. */
export class ImportFileError extends AppError {
  readonly problem: ImportProblem;

  constructor(
    problem: ImportProblem,
    code: 'bad_request' | 'unsupported_media_type' = 'bad_request',
  ) {
    super(code, problem.messageEn, {
      errors: [{ path: 'file', code: problem.code, message: problem.messageEn }],
    });
    this.name = 'ImportFileError';
    this.problem = problem;
  }
}
