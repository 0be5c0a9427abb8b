/**
 * Which way docktutor may talk to a registry, by the daemon's own rule: HTTPS with a certificate it can
 * verify, and plain HTTP only for a registry on this machine (loopback) or one the daemon lists as
 * insecure (`docker info`: IndexConfigs[host].Secure false, or an IP in InsecureRegistryCIDRs). Never
 * after a certificate failure: a certificate that does not verify may be an attacker's, and falling
 * back to plain HTTP would hand them the stored password.
 */
import { isIP } from 'node:net';

export interface TransportPolicy {
  /** May this host be spoken to over plain HTTP (when it does not speak TLS at all)? */
  plainHttpAllowed(host: string): boolean;
}

/** The host part of `host:port`, `[::1]:5000` or `::1`. */
export function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const colons = host.split(':').length - 1;
  return colons === 1 ? host.slice(0, host.indexOf(':')) : host;
}

export function isLoopbackHost(host: string): boolean {
  const name = hostnameOf(host).toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  return name === '::1';
}

/** The daemon's /info, as far as insecure registries go. */
export interface RegistryInfo {
  RegistryConfig?: {
    InsecureRegistryCIDRs?: string[] | null;
    IndexConfigs?: Record<string, { Name?: string; Secure?: boolean }> | null;
  } | null;
}

export function policyFromInfo(info: RegistryInfo | undefined): TransportPolicy {
  const config = info?.RegistryConfig ?? undefined;
  const insecureNames = new Set(
    Object.entries(config?.IndexConfigs ?? {})
      .filter(([, index]) => index?.Secure === false)
      .map(([name]) => name.toLowerCase()),
  );
  const cidrs = (config?.InsecureRegistryCIDRs ?? []).flatMap((cidr) => parseCidr(cidr) ?? []);
  return {
    plainHttpAllowed(host) {
      if (isLoopbackHost(host)) return true;
      if (insecureNames.has(host.toLowerCase()) || insecureNames.has(hostnameOf(host).toLowerCase())) return true;
      const ip = hostnameOf(host);
      return isIP(ip) === 4 && cidrs.some((cidr) => inCidr(ip, cidr));
    },
  };
}

/** Loopback only: what docktutor allows when it cannot ask the daemon. */
export const LOOPBACK_ONLY: TransportPolicy = { plainHttpAllowed: isLoopbackHost };

interface Cidr {
  base: number;
  bits: number;
}

function parseCidr(text: string): Cidr | undefined {
  const [address = '', bits = ''] = text.split('/');
  if (isIP(address) !== 4 || !/^\d+$/.test(bits) || Number(bits) > 32) return undefined;
  return { base: ipv4(address), bits: Number(bits) };
}

function inCidr(address: string, cidr: Cidr): boolean {
  const mask = cidr.bits === 0 ? 0 : (~0 << (32 - cidr.bits)) >>> 0;
  return ((ipv4(address) & mask) >>> 0) === ((cidr.base & mask) >>> 0);
}

function ipv4(address: string): number {
  return address.split('.').reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
]);

/** The TLS handshake got as far as a certificate, and that certificate did not verify. */
export function isCertificateFailure(code: string | undefined): boolean {
  return code !== undefined && (CERTIFICATE_CODES.has(code) || code.includes('CERT'));
}

/** The other end answered, but not in TLS: a plain-HTTP registry. */
export function isNotTls(code: string | undefined): boolean {
  return code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG' || code === 'ECONNRESET';
}
