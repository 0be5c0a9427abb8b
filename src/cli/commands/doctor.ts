/** `docktutor doctor`: where the daemon is, how client and daemon agree, and what a lesson will need. */
import type { AppContext } from '../../app/context.js';
import { CLIENT_API_VERSION, resolveAddress, type Connection, type DaemonVersion } from '../../docker/engine/connect.js';
import type { DockerAddress } from '../../docker/engine/address.js';
import { DocktutorError } from '../../errors.js';
import { doctorMessages } from '../../i18n/doctor.js';
import { practiceImage } from '../../settings.js';
import { readVersion } from '../../version.js';
import { formatDoctor, type DoctorReport } from './doctor-format.js';
import { terminalColumns } from '../../terminal/width.js';
import { practiceImageProblem } from './doctor-image.js';

export async function doctor(context: AppContext): Promise<void> {
  const m = doctorMessages(context.lang);
  let connection: Connection | undefined;
  let daemon: DaemonVersion;
  try {
    connection = await context.daemon.connection();
    daemon = await connection.daemonVersion();
  } catch (error) {
    // A daemon that does not answer is the very thing doctor is run to diagnose: the report still says
    // where it looked and from what setting, and the failure becomes its problem, with the fix.
    if (!(error instanceof DocktutorError) || !error.kind.startsWith('daemon')) throw error;
    const address = connection?.address ?? addressOrThrow(context, error);
    print(context, {
      ...whereAndWho(address, connection?.apiVersion),
      server: m.noAnswer,
      problems: [{ problem: error.message, fix: error.hint ?? m.noAnswerFix }],
    });
    return;
  }
  const { docker, apiVersion } = connection;
  const report: DoctorReport = {
    ...whereAndWho(connection.address, apiVersion),
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
  print(context, report);
}

/** The address line and the client line: all doctor can say before the daemon answers. */
function whereAndWho(address: DockerAddress, apiVersion: string | undefined): Pick<DoctorReport, 'address' | 'source' | 'client'> {
  const m = doctorMessages();
  return {
    address: address.url,
    source: m.source[address.source] + (address.context ? `, ${m.context(address.context)}` : ''),
    client:
      apiVersion === undefined
        ? m.clientAlone(readVersion(), process.version, CLIENT_API_VERSION)
        : m.clientLine(readVersion(), process.version, CLIENT_API_VERSION, apiVersion),
  };
}

/** The address the daemon was looked for at, as the connection resolved it; a setting that names none (a missing context) is the error to show. */
function addressOrThrow(context: AppContext, failure: DocktutorError): DockerAddress {
  try {
    return resolveAddress({ host: context.invocation.host, env: context.env });
  } catch {
    throw failure;
  }
}

function print(context: AppContext, report: DoctorReport): void {
  context.io.stdout.write(formatDoctor(report, terminalColumns(context.io.stdout)));
  if (report.problems.length > 0) process.exitCode = 1;
}
