// Placeholder until the command lands: the command table already declares it.
import { DocktutorError } from '../../errors.js';

export async function reset(_options: object): Promise<void> {
  throw new DocktutorError('usage', 'docktutor reset is not available yet');
}
