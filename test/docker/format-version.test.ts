import { describe, expect, it } from 'vitest';
import { formatBuildTime, formatVersion, goPlatform } from '../../src/docker/format/version.js';
import { formatInfo } from '../../src/docker/format/info.js';

const client = { version: '0.1.0', apiVersion: '1.41', defaultApiVersion: '1.45', nodeVersion: 'v20.17.0', os: 'linux', arch: 'amd64', context: 'default' };
const server = {
  Version: '20.10.24',
  ApiVersion: '1.41',
  MinAPIVersion: '1.12',
  Os: 'linux',
  Arch: 'amd64',
  Components: [
    {
      Name: 'Engine',
      Version: '20.10.24',
      Details: { ApiVersion: '1.41', Arch: 'amd64', BuildTime: '2026-05-07T21:09:36.000000000+00:00', Experimental: 'false', GitCommit: '5d6db84', GoVersion: 'go1.19.8', MinAPIVersion: '1.12', Os: 'linux' },
    },
    { Name: 'runc', Version: '1.1.5', Details: { GitCommit: 'abc' } },
    { Name: 'docker-init', Version: '0.19.0', Details: { GitCommit: '' } },
  ],
};

describe('formatVersion', () => {
  it('lays out client and server like the docker CLI (tabwriter 20, padding 1)', () => {
    expect(formatVersion(client, server)).toBe(
      [
        'Client: docktutor',
        ' Version:           0.1.0',
        ' API version:       1.41 (downgraded from 1.45)',
        ' Node version:      v20.17.0',
        ' OS/Arch:           linux/amd64',
        ' Context:           default',
        '',
        'Server:',
        ' Engine:',
        '  Version:          20.10.24',
        '  API version:      1.41 (minimum version 1.12)',
        '  Go version:       go1.19.8',
        '  Git commit:       5d6db84',
        '  Built:            Thu May  7 21:09:36 2026',
        '  OS/Arch:          linux/amd64',
        '  Experimental:     false',
        ' runc:',
        '  Version:          1.1.5',
        '  GitCommit:        abc',
        ' docker-init:',
        '  Version:          0.19.0',
        '  GitCommit:        ',
        '',
      ].join('\n'),
    );
  });

  it('says nothing about downgrading when both sides speak the same version', () => {
    expect(formatVersion({ ...client, apiVersion: '1.45' }, undefined)).toContain(' API version:       1.45\n');
  });

  it.each([
    ['2026-05-07T21:09:36.000000000+00:00', 'Thu May  7 21:09:36 2026'],
    ['2023-10-26T09:08:02Z', 'Thu Oct 26 09:08:02 2023'],
    ['not a time', 'not a time'],
  ])('build time %s -> %s', (value, text) => {
    expect(formatBuildTime(value)).toBe(text);
  });

  it.each([
    ['linux', 'x64', 'linux/amd64'],
    ['darwin', 'arm64', 'darwin/arm64'],
    ['win32', 'ia32', 'windows/386'],
  ])('%s/%s is %s in Go terms', (platform, arch, text) => {
    const go = goPlatform(platform, arch);
    expect(`${go.os}/${go.arch}`).toBe(text);
  });
});

describe('formatInfo', () => {
  it('prints the docker info layout and returns the warnings for stderr', () => {
    const { stdout, warnings } = formatInfo(
      { version: '0.1.0', context: 'default' },
      {
        Containers: 3,
        ContainersRunning: 1,
        ContainersPaused: 0,
        ContainersStopped: 2,
        Images: 4,
        ServerVersion: '20.10.24',
        Driver: 'overlay2',
        DriverStatus: [['Backing Filesystem', 'extfs']],
        CgroupDriver: 'cgroupfs',
        Plugins: { Volume: ['local'], Network: ['bridge', 'host'], Log: ['json-file'] },
        Swarm: { LocalNodeState: 'inactive' },
        Runtimes: { runc: {}, 'io.containerd.runc.v2': {} },
        DefaultRuntime: 'runc',
        OSType: 'linux',
        SecurityOptions: ['name=seccomp,profile=default', 'name=cgroupns'],
        NCPU: 2,
        MemTotal: 25_276_026_880,
        DockerRootDir: '/var/lib/docker',
        Labels: ['env=test'],
        RegistryConfig: { InsecureRegistryCIDRs: ['127.0.0.0/8'], IndexConfigs: { 'docker.io': { Name: 'docker.io', Secure: true } } },
        Warnings: ['WARNING: IPv4 forwarding is disabled'],
      },
    );
    expect(stdout).toMatch(/^Client: docktutor\n Version: {4}0\.1\.0\n Context: {4}default\n Debug Mode: false\n\nServer:\n Containers: 3\n {2}Running: 1\n {2}Paused: 0\n {2}Stopped: 2\n Images: 4\n/);
    expect(stdout).toContain(' Storage Driver: overlay2\n  Backing Filesystem: extfs\n');
    expect(stdout).toContain(' Runtimes: io.containerd.runc.v2 runc\n Default Runtime: runc\n');
    expect(stdout).toContain(' Security Options:\n  seccomp\n   Profile: default\n  cgroupns\n');
    expect(stdout).toContain(' Total Memory: 23.54GiB\n');
    expect(stdout).toContain(' Labels:\n  env=test\n');
    expect(stdout).toContain(' Insecure Registries:\n  127.0.0.0/8\n');
    expect(stdout.endsWith(' Live Restore Enabled: false\n\n')).toBe(true);
    expect(warnings).toEqual(['WARNING: IPv4 forwarding is disabled']);
  });
});
