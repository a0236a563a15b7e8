// Prints the time expressions of a text given on the command line (a development aid).
import { germanLanguage } from '../../src/lang/de/index.js';
import { analyseText } from '../../src/text/analysed-text.js';
import { FormAnswers } from '../../src/text/form-memo.js';
import { WordFormTable } from '../../src/text/word-forms.js';
import { tagTimeExpressions } from '../../src/time/tag-time.js';

const [text = '', anchor] = process.argv.slice(2);
const words = germanLanguage().text;
const doc = analyseText(text, words, new FormAnswers(new WordFormTable(words)));
for (const t of tagTimeExpressions(doc, { anchor })) {
  console.log(
    `${t.type.padEnd(8)} ${JSON.stringify(t.text).padEnd(40)} ${t.value}${t.mod ? ` ${t.mod}` : ''}  (${t.source})`,
  );
}
