// Every regular expression in src/ is checked with recheck, a ReDoS checker:
// none may take super-linear time on any input. Patterns are collected from the
// TypeScript syntax tree, so a new regex anywhere in src/ is checked too.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', 'src');

interface FoundPattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function collectPatterns(): { patterns: FoundPattern[]; dynamic: string[] } {
  const patterns: FoundPattern[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) =>
      `${relative(SRC, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const lastSlash = literal.lastIndexOf('/');
        patterns.push({ where: where(node), source: literal.slice(1, lastSlash), flags: literal.slice(lastSlash + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          patterns.push({ where: where(node), source: pattern.text, flags: flags ? flags.text : '' });
        } else {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { patterns, dynamic };
}

const { patterns, dynamic } = collectPatterns();

describe('regular expressions in src/', () => {
  it('are found by the collector', () => {
    expect(patterns.length).toBeGreaterThan(5);
  });

  it('are checked by a checker that does reject a catastrophic pattern', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });

  it('are all literals, so that each one can be checked', () => {
    expect(dynamic).toEqual([]);
  });

  it.each(patterns.map((p) => [`${p.where} /${p.source}/${p.flags}`, p] as const))(
    'is linear-time: %s',
    (_label, pattern) => {
      const result = checkSync(pattern.source, pattern.flags, { timeout: 20_000 });
      expect(result.status, JSON.stringify(result)).toBe('safe');
    },
  );
});
