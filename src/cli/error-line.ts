// The output line for a document that could not be extracted (docs/contract.md).

export interface DocumentError {
  code: string;
  message: string;
  /** The input line, for JSONL inputs. */
  line?: number;
}

export function errorLine(id: string, source: string, error: DocumentError): string {
  return JSON.stringify({ id, source, error });
}
