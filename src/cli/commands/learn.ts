// Placeholder until the command lands: the command table already declares it.
import { DocktutorError } from '../../errors.js';

export async function learn(_options: object): Promise<void> {
  throw new DocktutorError('usage', 'docktutor learn is not available yet');
}
