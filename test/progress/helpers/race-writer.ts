// A second (or third) docktutor, reduced to its store: records `count` answers as fast as it can.
import { openProgressStore } from '../../../src/progress/store.js';

const [home, countText, tag] = process.argv.slice(2);
const store = openProgressStore({ home: home! });
for (let i = 0; i < Number(countText); i++) {
  await store.update({ kind: 'answer', lesson: 'race', question: `${tag}-${i}`, correct: i % 3 !== 0, at: new Date().toISOString() });
}
