// Prints the time expressions of a text given on the command line (a development aid).
import { scanTokens } from '../../src/text/tokenize.js';
import { splitTokenTable } from '../../src/text/sentences.js';
import { tagTimeExpressions } from '../../src/time/tag-time.js';

const [text = '', anchor] = process.argv.slice(2);
const tokens = scanTokens(text);
const doc = { text, tokens, sentences: splitTokenTable(tokens) };
for (const t of tagTimeExpressions(doc, { anchor })) {
  console.log(
    `${t.type.padEnd(8)} ${JSON.stringify(t.text).padEnd(40)} ${t.value}${t.mod ? ` ${t.mod}` : ''}  (${t.source})`,
  );
}
