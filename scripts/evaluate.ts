/** npm run evaluate [-- --data DIR]: precision and recall of the prepared data against the hand annotation. */
import { parseArgs } from 'node:util';
import { evaluateDataFolder, formatScore } from './evaluate/evaluate-annotation.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'public/data' } } });
const score = await evaluateDataFolder(process.cwd(), values.data);
process.stdout.write(formatScore(score));
