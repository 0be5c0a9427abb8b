/** `docktutor doctor`: where the daemon is, how client and daemon agree, and what a lesson will need. */
import type { AppContext } from '../../app/context.js';
import { CLIENT_API_VERSION } from '../../docker/engine/connect.js';
import { doctorMessages } from '../../i18n/doctor.js';
import { practiceImage } from '../../settings.js';
import { readVersion } from '../../version.js';
import { formatDoctor, type DoctorReport } from './doctor-format.js';
import { terminalColumns } from '../../terminal/width.js';
import { practiceImageProblem } from './doctor-image.js';

export async function doctor(context: AppContext): Promise<void> {
  const m = doctorMessages(context.lang);
  const connection = await context.daemon.connection();
  const { docker, address, apiVersion } = connection;
  const daemon = await connection.daemonVersion();
  const report: DoctorReport = {
    address: address.url,
    source: m.source[address.source] + (address.context ? `, ${m.context(address.context)}` : ''),
    client: m.clientLine(readVersion(), process.version, CLIENT_API_VERSION, apiVersion),
    server: m.serverLine(daemon.Version, daemon.ApiVersion, daemon.MinAPIVersion ?? '?'),
    platform: `${daemon.Os}/${daemon.Arch}${daemon.KernelVersion ? `, kernel ${daemon.KernelVersion}` : ''}`,
    image: '',
    problems: [],
  };
  if (connection.foundBy) {
    report.problems.push({ problem: m.probed(connection.foundBy.path, connection.foundBy.what), fix: m.probedFix(connection.foundBy.path) });
  }
  const ref = practiceImage(context.env);
  try {
    const image = await docker.getImage(ref).inspect();
    report.image = m.imagePresent(ref, image.Id.replace('sha256:', '').slice(0, 12), `${(image.Size / 1e6).toFixed(2)}MB`);
    const lacking = await practiceImageProblem(docker, ref);
    if (lacking) report.problems.push(lacking);
  } catch {
    report.image = m.imageMissing(ref);
    report.problems.push({ problem: m.imageMissing(ref), fix: m.imageMissingFix(ref) });
  }
  const info = (await docker.info()) as { MemoryLimit?: boolean };
  if (info.MemoryLimit === false) report.problems.push({ problem: m.noMemoryLimit, fix: m.noMemoryLimitFix });
  const [major = 0, minor = 0] = apiVersion.split('.').map(Number);
  if (major === 1 && minor < 24) report.problems.push({ problem: m.oldApi(apiVersion), fix: m.oldApiFix });
  context.io.stdout.write(formatDoctor(report, terminalColumns(context.io.stdout)));
  if (report.problems.length > 0) process.exitCode = 1;
}
