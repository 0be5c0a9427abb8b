#!/usr/bin/env bash
# docker-sandbox.sh — a throw-away, network-less real Docker daemon for docktutor's tests.
#
# Usage:
#   bash scripts/docker-sandbox.sh [--] COMMAND [ARGS...]   run COMMAND inside a fresh sandbox, then tear
#                                                         it down; exits with COMMAND's exit code
#   bash scripts/docker-sandbox.sh start                  start a sandbox and leave it running; prints
#                                                         `export ...` lines for eval "$(...)"
#   bash scripts/docker-sandbox.sh stop [STATE_DIR]       stop a sandbox started with `start`
#                                                         (default: $DOCKTUTOR_SANDBOX, else .sandbox/current)
#   bash scripts/docker-sandbox.sh install                only install the Debian packages it needs
#
# Each sandbox lives in its own state dir (mktemp -d /tmp/docktutor-sandbox.XXXXXX) with its own containerd,
# dockerd (socket unix://$STATE/docker.sock, data-root, exec-root), two docker-registry instances on 127.0.0.1:
#   - the test registry, with htpasswd auth, holding busybox:latest ($DOCKTUTOR_TEST_REGISTRY/busybox:latest);
#   - a mirror of Docker Hub without auth (dockerd's --registry-mirror) holding library/busybox:latest, so that
#     `docker pull busybox` works by name, as on a learner's machine, without leaving this machine;
# and the practice image `busybox:latest`, laid out as Docker Hub's busybox (applets in /bin, /etc/passwd and
# /etc/group with root and nobody, /tmp, /root, /home, /var, /usr, CMD sh), made offline from the static busybox
# and pulled by name through the mirror. Several sandboxes can run at once.
#
# Exported to COMMAND (and printed by `start`):
#   DOCKER_HOST=unix://$STATE/docker.sock      DOCKTUTOR_TEST_REGISTRY=127.0.0.1:PORT
#   DOCKTUTOR_TEST_REGISTRY_USER=docktutor     DOCKTUTOR_TEST_REGISTRY_PASSWORD=<random>
#   DOCKTUTOR_TEST_MIRROR=127.0.0.1:PORT2      DOCKTUTOR_SANDBOX=$STATE
# and DOCKER_CONTEXT, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH are unset. DOCKER_CONFIG is left as the caller had it;
# the harness's own docker CLI calls use $STATE/cli so ~/.docker is never touched.
#
# Network: the only traffic is on loopback. dockerd runs with --bridge=none --iptables=false --ip-masq=false
# --ip-forward=false (and --ip6tables=false where the flag exists), so containers get only `lo`, host
# iptables/sysctls are never changed, and nothing is pulled from the internet. The registries bind 127.0.0.1.
# A pull the mirror cannot serve (any image but busybox) falls through to Docker Hub, which the dead proxy below
# refuses at once.
#
# Every process is started under `setsid` (so Ctrl-C in the terminal reaches COMMAND, not the daemons) and is
# stopped by the pid it wrote itself into $STATE/*.pid — never by process name.
#
# Tunables (environment): DOCKTUTOR_SANDBOX_TMPDIR (default /tmp), DOCKTUTOR_SANDBOX_STORAGE_DRIVER (default:
# overlay2, falling back to vfs), DOCKTUTOR_SANDBOX_NO_INSTALL=1 (never call apt-get; fail if something is missing).

set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
REGISTRY_USER=docktutor
MARKER=.docktutor-sandbox

# fd 9 = the original stderr: messages stay visible even when a signal trap runs while a command's output is
# redirected to a log file. Children that outlive a command (daemons, COMMAND) get it closed.
exec 9>&2
# With no stdin at all (closed fd 0), give everything /dev/null instead.
{ true 3<&0; } 2>/dev/null || exec </dev/null
log() { printf 'sandbox: %s\n' "$*" >&9; }
die() { printf 'sandbox: error: %s\n' "$*" >&9; exit 1; }

usage() {
  sed -n '4,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# ---------------------------------------------------------------------------------------------------------
# 0. Packages
# ---------------------------------------------------------------------------------------------------------

busybox_is_static() {
  [ -x /bin/busybox ] || return 1
  local out
  out=$(LC_ALL=C ldd /bin/busybox 2>&1 || true)
  case $out in *"not a dynamic executable"* | *"statically linked"*) return 0 ;; esac
  return 1
}

missing_packages() {
  local -a pkgs=()
  command -v dockerd >/dev/null 2>&1 || pkgs+=(docker.io)
  command -v docker >/dev/null 2>&1 || pkgs+=(docker.io)
  command -v containerd >/dev/null 2>&1 || pkgs+=(containerd)
  command -v containerd-shim-runc-v2 >/dev/null 2>&1 || pkgs+=(containerd)
  command -v runc >/dev/null 2>&1 || pkgs+=(runc)
  command -v docker-registry >/dev/null 2>&1 || pkgs+=(docker-registry)
  command -v htpasswd >/dev/null 2>&1 || pkgs+=(apache2-utils)
  busybox_is_static || pkgs+=(busybox-static)
  command -v tmux >/dev/null 2>&1 || pkgs+=(tmux)                  # for the end-to-end tests
  command -v setsid >/dev/null 2>&1 || pkgs+=(util-linux)
  command -v umount >/dev/null 2>&1 || pkgs+=(mount)
  # dockerd refuses to start containers when the kernel has AppArmor on but apparmor_parser is missing.
  if [ "$(cat /sys/module/apparmor/parameters/enabled 2>/dev/null || true)" = Y ] &&
    ! command -v apparmor_parser >/dev/null 2>&1; then
    pkgs+=(apparmor)
  fi
  [ ${#pkgs[@]} -eq 0 ] || printf '%s\n' "${pkgs[@]}" | sort -u
}

ensure_packages() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  # shellcheck disable=SC2086
  set -- $missing
  if [ "${DOCKTUTOR_SANDBOX_NO_INSTALL:-}" = 1 ] || [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    die "missing packages: $* (install them as root: apt-get install -y $*)"
  fi
  log "installing Debian packages: $*"
  # Keep the packages' own services (system dockerd, registry on :5000, ...) from being started by the install.
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
  fi
  local rc=0
  {
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
  } >&2 || rc=$?
  if ! command -v docker >/dev/null 2>&1 && [ $rc = 0 ]; then
    # Newer Debian splits the CLI out of docker.io.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-cli >&2 || rc=$?
  fi
  [ $made_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
  [ $rc = 0 ] || die "apt-get install failed (exit $rc)"
  missing=$(missing_packages)
  [ -z "$missing" ] || die "still missing after install: $(echo "$missing" | tr '\n' ' ')"
}

# ---------------------------------------------------------------------------------------------------------
# Process helpers (pid-based only)
# ---------------------------------------------------------------------------------------------------------

# alive PID: running and not a zombie.
alive() {
  local st
  [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ] || return 1
  st=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# cmdline PID: prints the process's command line, arguments joined by spaces.
cmdline() {
  local -a args=()
  { mapfile -d '' -t args <"/proc/$1/cmdline"; } 2>/dev/null || return 1
  printf '%s\n' "${args[*]}"
}

# ours PID: alive and its command line mentions this sandbox's state dir (guards against pid reuse).
ours() {
  alive "$1" || return 1
  [[ "$(cmdline "$1")" == *"$STATE/"* ]]
}

# descendants PID: prints PID and all its descendants (walking /proc parent links).
descendants() {
  local f st ppid
  local -A kids=()
  for f in /proc/[0-9]*/stat; do
    { read -r st <"$f"; } 2>/dev/null || continue
    st=${st##*) }
    ppid=${st#* }
    ppid=${ppid%% *}
    f=${f#/proc/}
    kids[$ppid]+=" ${f%/stat}"
  done
  local -a queue=("$1")
  local p
  while [ ${#queue[@]} -gt 0 ]; do
    p=${queue[0]}
    queue=("${queue[@]:1}")
    echo "$p"
    # shellcheck disable=SC2206
    [ -z "${kids[$p]:-}" ] || queue+=(${kids[$p]})
  done
}

wait_gone() { # PID SECONDS
  local i n=$(($2 * 10))
  for ((i = 0; i < n; i++)); do
    alive "$1" || return 0
    sleep 0.1
  done
  ! alive "$1"
}

read_pid() {
  if [ -s "$1" ]; then tr -dc '0-9' <"$1"; fi
}

# stop_pid NAME PIDFILE GRACE_SECONDS
stop_pid() {
  local pid
  pid=$(read_pid "$2")
  [ -n "$pid" ] && ours "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" "$3"; then
    log "$1 (pid $pid) did not exit after ${3}s; killing"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 5 || log "$1 (pid $pid) is still alive"
  fi
}

# spawn PIDFILE LOGFILE CMD...: start CMD in a new session; CMD itself writes its pid before exec.
spawn() {
  local pidfile=$1 logfile=$2
  shift 2
  rm -f "$pidfile"
  # shellcheck disable=SC2016 # $$ and "$@" are for the inner sh
  setsid sh -c 'echo $$ >"$0"; exec "$@"' "$pidfile" "$@" </dev/null >>"$logfile" 2>&1 9>&- &
  local i
  for ((i = 0; i < 50; i++)); do
    [ -s "$pidfile" ] && return 0
    sleep 0.05
  done
  die "could not start $3"
}

# ---------------------------------------------------------------------------------------------------------
# Teardown (used on exit of the run mode, on failure, on Ctrl-C/TERM, and by `stop`)
# ---------------------------------------------------------------------------------------------------------

list_mounts_under_state() { # deepest first
  awk -v p="$STATE" '{ m = $2; if (m == p || index(m, p "/") == 1) print length(m) " " m }' /proc/self/mounts |
    sort -rn | cut -d' ' -f2-
}

sandbox_teardown() {
  set +e
  [ -n "${STATE:-}" ] && [ -d "$STATE" ] || return 0
  local pid

  # 1. dockerd: kill running containers first (otherwise dockerd waits each one's 10 s stop timeout), then TERM.
  pid=$(read_pid "$STATE/dockerd.spawn.pid")
  if [ -n "$pid" ] && ours "$pid"; then
    local ids
    ids=$(timeout 10 env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH \
      DOCKER_HOST="unix://$STATE/docker.sock" DOCKER_CONFIG="$STATE/cli" docker ps -q 2>/dev/null)
    if [ -n "$ids" ]; then
      # shellcheck disable=SC2086
      timeout 20 env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH \
        DOCKER_HOST="unix://$STATE/docker.sock" DOCKER_CONFIG="$STATE/cli" docker kill $ids >/dev/null 2>&1
    fi
  fi
  stop_pid dockerd "$STATE/dockerd.spawn.pid" 20

  # 2. the registries.
  stop_pid registry "$STATE/registry.pid" 5
  stop_pid mirror "$STATE/mirror.pid" 5

  # 3. containerd, then anything it left behind: container init processes (their pid from the task bundles in
  #    $STATE, checked against the container's cgroup) and shims (whose command line names our containerd socket).
  stop_pid containerd "$STATE/containerd.pid" 10
  local f id
  for f in "$STATE"/containerd/state/io.containerd.runtime.v2.task/*/*/init.pid; do
    [ -s "$f" ] || continue
    pid=$(read_pid "$f")
    id=$(basename "$(dirname "$f")")
    if [ -n "$pid" ] && alive "$pid" && grep -qF -- "$id" "/proc/$pid/cgroup" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null
    fi
  done
  local p
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    [ "$pid" = $$ ] && continue
    if [[ "$(cmdline "$pid")" == *"-address $STATE/containerd/containerd.sock"* ]]; then
      kill -KILL "$pid" 2>/dev/null && wait_gone "$pid" 5
    fi
  done

  # 4. Unmount whatever is still mounted under $STATE (overlay mounts, netns bind mounts, data-root), deepest first.
  local m
  for _ in 1 2 3; do
    local left
    left=$(list_mounts_under_state)
    [ -z "$left" ] && break
    while IFS= read -r m; do
      [ -n "$m" ] || continue
      umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null
    done <<<"$left"
  done

  # 5. Remove the state dir — only if nothing is mounted below it any more (rm -rf through a mount is unsafe).
  if [ -n "$(list_mounts_under_state)" ]; then
    log "still mounted under $STATE, leaving it in place:"
    list_mounts_under_state >&9
    return 0
  fi
  case $STATE in
    */docktutor-sandbox.*) [ -e "$STATE/$MARKER" ] && rm -rf --one-file-system -- "$STATE" ;;
  esac
  return 0
}

# ---------------------------------------------------------------------------------------------------------
# Start-up
# ---------------------------------------------------------------------------------------------------------

sbx_docker() {
  env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH \
    DOCKER_HOST="unix://$STATE/docker.sock" DOCKER_CONFIG="$STATE/cli" docker "$@"
}

fail_with_log() { # MESSAGE LOGFILE
  log "$1"
  if [ -s "$2" ]; then
    log "last lines of $2:"
    tail -n 25 "$2" >&9
  fi
  exit 1
}

free_port() {
  node -e 'const s = require("net").createServer();
s.listen(0, "127.0.0.1", () => { process.stdout.write(String(s.address().port)); s.close(); });'
}

# http_status URL USER PASSWORD: prints the HTTP status of a GET (000 when unreachable). Loopback only.
http_status() {
  node -e '
const http = require("http");
const [url, user, pass] = process.argv.slice(1);
const req = http.get(url, { auth: user + ":" + pass, timeout: 2000 }, (res) => {
  process.stdout.write(String(res.statusCode)); res.resume();
});
req.on("timeout", () => req.destroy(new Error("timeout")));
req.on("error", () => process.stdout.write("000"));' "$1" "$2" "$3"
}

# Safety net for the network rule: the daemons' HTTP(S) clients (image pulls, `FROM alpine`, ADD <url>) go
# through a proxy on a loopback port where nothing listens, so an accidental `docker pull alpine` fails at once
# ("proxyconnect ... 127.0.0.1:9: connection refused") without even a DNS lookup. Loopback (the test registry, the
# mirror: 127.0.0.0/8, localhost, ::1) is never proxied: NO_PROXY says so, and Go's proxy rules also exempt loopback.
# Inherited proxy settings are replaced.
# shellcheck disable=SC2054 # commas belong to NO_PROXY
DEAD_PROXY_ENV=(
  -u ALL_PROXY -u all_proxy
  HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 NO_PROXY=localhost,127.0.0.0/8,::1
  http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 no_proxy=localhost,127.0.0.0/8,::1
)

start_containerd() {
  local c=$STATE/containerd
  mkdir -p "$c"
  cat >"$c/config.toml" <<EOF
version = 2
root = "$c/root"
state = "$c/state"
disabled_plugins = ["io.containerd.grpc.v1.cri"]

[grpc]
  address = "$c/containerd.sock"

[debug]
  address = ""

[metrics]
  address = ""

[plugins."io.containerd.internal.v1.opt"]
  path = "$c/opt"
EOF
  log "starting containerd"
  spawn "$STATE/containerd.pid" "$STATE/containerd.log" env "${DEAD_PROXY_ENV[@]}" containerd --config "$c/config.toml"
  local i pid
  pid=$(read_pid "$STATE/containerd.pid")
  for ((i = 0; i < 200; i++)); do
    [ -S "$c/containerd.sock" ] && return 0
    alive "$pid" || break
    sleep 0.1
  done
  fail_with_log "containerd did not come up" "$STATE/containerd.log"
}

# start_dockerd DRIVER: returns 1 if dockerd exited during start-up (e.g. unsupported storage driver).
start_dockerd() {
  local driver=$1
  local -a flags=(
    --config-file "$STATE/daemon.json"
    --host "unix://$STATE/docker.sock"
    --data-root "$STATE/data"
    --exec-root "$STATE/exec"
    --pidfile "$STATE/dockerd.pid"
    --containerd "$STATE/containerd/containerd.sock" # our own containerd, never /run/containerd
    --registry-mirror "http://$MIRROR_ADDR"            # Docker Hub by name, served from this machine
    --storage-driver "$driver"
    --bridge=none --iptables=false --ip-masq=false --ip-forward=false
    --shutdown-timeout 3
  )
  if dockerd --help 2>&1 | grep -q -- '--ip6tables'; then flags+=(--ip6tables=false); fi
  # An empty config file, so /etc/docker/daemon.json (mirrors, bridges, ...) is never read. dockerd < 23 also
  # writes a trust key, by default to /etc/docker/key.json: keep it in $STATE.
  local major
  major=$(dockerd --version 2>/dev/null | sed -n 's/^Docker version \([0-9]*\)\..*/\1/p')
  if [ -n "$major" ] && [ "$major" -lt 23 ]; then
    printf '{ "deprecated-key-path": "%s/key.json" }\n' "$STATE" >"$STATE/daemon.json"
  else
    echo '{}' >"$STATE/daemon.json"
  fi

  log "starting dockerd (storage driver $driver)"
  spawn "$STATE/dockerd.spawn.pid" "$STATE/dockerd.log" env "${DEAD_PROXY_ENV[@]}" dockerd "${flags[@]}"
  local pid i
  pid=$(read_pid "$STATE/dockerd.spawn.pid")
  for ((i = 0; i < 600; i++)); do
    if sbx_docker version >/dev/null 2>&1; then return 0; fi
    alive "$pid" || return 1
    sleep 0.1
  done
  fail_with_log "dockerd did not answer within 60s" "$STATE/dockerd.log"
}

# start_registry NAME AUTH: a docker-registry on 127.0.0.1:<free port>, storage in $STATE/NAME, pid in
# $STATE/NAME.pid; AUTH=1 puts it behind htpasswd. Sets REGISTRY_STARTED=127.0.0.1:PORT.
start_registry() {
  local name=$1 auth=$2 port status i pid auth_yml=""
  mkdir -p "$STATE/$name"
  if [ "$auth" = 1 ]; then
    htpasswd -Bbn "$REGISTRY_USER" "$REGISTRY_PASSWORD" >"$STATE/htpasswd" 2>/dev/null
    auth_yml="auth:
  htpasswd:
    realm: docktutor-sandbox
    path: $STATE/htpasswd"
  fi
  for _ in 1 2 3; do
    port=$(free_port)
    cat >"$STATE/$name.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $STATE/$name
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  headers:
    X-Content-Type-Options: [nosniff]
$auth_yml
EOF
    log "starting $name on 127.0.0.1:$port"
    spawn "$STATE/$name.pid" "$STATE/$name.log" docker-registry serve "$STATE/$name.yml"
    pid=$(read_pid "$STATE/$name.pid")
    for ((i = 0; i < 100; i++)); do
      status=$(http_status "http://127.0.0.1:$port/v2/" "$REGISTRY_USER" "$REGISTRY_PASSWORD")
      if [ "$status" = 200 ]; then
        REGISTRY_STARTED=127.0.0.1:$port
        return 0
      fi
      alive "$pid" || break
      sleep 0.2
    done
    stop_pid "$name" "$STATE/$name.pid" 5 # the port may have been taken meanwhile: try another one
  done
  fail_with_log "$name did not answer 200 on /v2/" "$STATE/$name.log"
}

# The practice image, laid out as Docker Hub's busybox (docker-library/busybox, whose /etc files come from
# buildroot's skeleton), so that what a lesson says about `busybox` holds on a learner's machine too: busybox and
# every applet as hard links in /bin, /etc/passwd, /etc/group and /etc/shadow, /tmp (1777), /root (700), the
# users' homes (/home, /usr/sbin, /var/spool/mail, /var/www), /usr/bin/env, UTC as /etc/localtime, CMD ["sh"].
# Built offline from the static busybox (which needs no /lib, unlike Hub's glibc variant), as one layer like Hub's,
# with `docker import`: no build, so neither a builder nor a network is needed.
make_rootfs() {
  local root=$1 applet
  mkdir -p "$root"/bin "$root"/dev "$root"/etc "$root"/home "$root"/root "$root"/tmp "$root"/usr/bin "$root"/usr/sbin \
    "$root"/var/spool/mail "$root"/var/www
  cp /bin/busybox "$root/bin/busybox"
  for applet in $(/bin/busybox --list); do
    [ -e "$root/bin/$applet" ] || ln "$root/bin/busybox" "$root/bin/$applet"
  done
  ln -s ../../bin/env "$root/usr/bin/env"
  cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
EOF
  local group
  for group in root:0 daemon:1 bin:2 sys:3 adm:4 tty:5 disk:6 lp:7 mail:8 kmem:9 wheel:10:root cdrom:11 dialout:18 \
    floppy:19 video:28 audio:29 tape:32 www-data:33 operator:37 utmp:43 plugdev:46 staff:50 lock:54 netdev:82 \
    users:100 nobody:65534; do
    local gname=${group%%:*} rest=${group#*:}
    printf '%s:x:%s:%s\n' "$gname" "${rest%%:*}" "$([ "$rest" != "${rest#*:}" ] && echo "${rest#*:}")"
  done >"$root/etc/group"
  cut -d: -f1 "$root/etc/passwd" | sed 's/$/:*:::::::/' >"$root/etc/shadow"
  [ ! -f /usr/share/zoneinfo/UTC ] || cp /usr/share/zoneinfo/UTC "$root/etc/localtime"
  # Owners and modes as buildroot's device table and Hub's "missing home directories" step set them.
  chmod 755 "$root"/* "$root"/usr/sbin "$root"/var/spool/mail
  chmod 1777 "$root/tmp"
  chmod 700 "$root/root"
  chmod 644 "$root/etc/passwd" "$root/etc/group"
  chmod 600 "$root/etc/shadow"
  chown 1:1 "$root/usr/sbin"
  chown 8:8 "$root/var/spool/mail"
  chown 33:33 "$root/var/www"
  chown 65534:65534 "$root/home"
}

build_and_push_image() {
  local ctx=$STATE/image out
  local mirror_ref=$MIRROR_ADDR/library/busybox:latest
  mkdir -p "$ctx"
  make_rootfs "$ctx/rootfs"
  tar --numeric-owner -C "$ctx/rootfs" -cf "$ctx/rootfs.tar" .
  log "building busybox:latest (Docker Hub's layout) from /bin/busybox"
  local version
  version=$(/bin/busybox | sed -n '1s/^BusyBox \(v[^ ]*\).*/\1/p')
  sbx_docker import -m "BusyBox $version (static), Docker Hub's layout, built offline by docktutor's sandbox" \
    -c 'CMD ["sh"]' -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$ctx/rootfs.tar" "$mirror_ref" >>"$STATE/setup.log" 2>&1 || fail_with_log "docker import failed" "$STATE/setup.log"
  rm -rf --one-file-system "$ctx"

  # 127.0.0.0/8 is an insecure (plain-http) registry by default in dockerd, so no --insecure-registry flag.
  # The mirror gets it as library/busybox, which is what `docker pull busybox` asks a mirror of Docker Hub for.
  log "pushing it to the mirror ($mirror_ref) and to the test registry ($REGISTRY_ADDR/busybox:latest)"
  {
    sbx_docker push "$mirror_ref" &&
      printf '%s' "$REGISTRY_PASSWORD" | sbx_docker login -u "$REGISTRY_USER" --password-stdin "$REGISTRY_ADDR" &&
      sbx_docker tag "$mirror_ref" "$REGISTRY_ADDR/busybox:latest" &&
      sbx_docker push "$REGISTRY_ADDR/busybox:latest" &&
      sbx_docker logout "$REGISTRY_ADDR" &&
      sbx_docker rmi "$REGISTRY_ADDR/busybox:latest" "$mirror_ref"
  } >>"$STATE/setup.log" 2>&1 || fail_with_log "pushing to the registries failed" "$STATE/setup.log"

  # Now the daemon holds no busybox at all: pull it by name, as a learner does, which also proves the mirror.
  log "pulling busybox by name (served by the mirror)"
  sbx_docker pull busybox >>"$STATE/setup.log" 2>&1 || fail_with_log "docker pull busybox (through the mirror) failed" "$STATE/setup.log"

  # With --bridge=none a plain `docker run` also gets only `lo` (network mode "default"), so --network none is
  # not required; but without it dockerd prints "WARNING: IPv4 forwarding is disabled" (host ip_forward=0,
  # which we deliberately leave alone). Use --network none here to keep the check quiet.
  out=$(sbx_docker run --rm --network none busybox ls /tmp /etc/passwd 2>>"$STATE/setup.log") ||
    fail_with_log "docker run --rm busybox ls /tmp /etc/passwd failed (printed: $out)" "$STATE/setup.log"
}

sandbox_start() {
  ensure_packages
  local tmp=${DOCKTUTOR_SANDBOX_TMPDIR:-/tmp}
  STATE=$(mktemp -d "$tmp/docktutor-sandbox.XXXXXX")
  : >"$STATE/$MARKER"
  # unix sockets are limited to ~108 bytes.
  [ ${#STATE} -le 60 ] || die "state dir path too long for unix sockets: $STATE (set DOCKTUTOR_SANDBOX_TMPDIR)"
  mkdir -p "$STATE/cli"
  echo '{}' >"$STATE/cli/config.json"
  REGISTRY_PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  local t0=$SECONDS

  start_containerd
  # The mirror first: dockerd learns its address from a flag. Docker's pulls through a mirror are anonymous, so it
  # is a registry of its own without auth (the test registry keeps its htpasswd, for the login lessons and tests).
  start_registry mirror 0
  MIRROR_ADDR=$REGISTRY_STARTED
  local driver=${DOCKTUTOR_SANDBOX_STORAGE_DRIVER:-overlay2}
  if ! start_dockerd "$driver"; then
    if [ -z "${DOCKTUTOR_SANDBOX_STORAGE_DRIVER:-}" ]; then
      log "dockerd failed with overlay2; retrying with vfs"
      tail -n 5 "$STATE/dockerd.log" >&9
      driver=vfs
      stop_pid dockerd "$STATE/dockerd.spawn.pid" 5
      local m
      while IFS= read -r m; do [ -n "$m" ] && { umount "$m" 2>/dev/null || umount -l "$m"; }; done \
        < <(list_mounts_under_state | grep -F -- "$STATE/data")
      rm -rf --one-file-system "$STATE/data"
      start_dockerd vfs || fail_with_log "dockerd exited during start-up" "$STATE/dockerd.log"
    else
      fail_with_log "dockerd exited during start-up" "$STATE/dockerd.log"
    fi
  fi
  echo "$driver" >"$STATE/storage-driver"
  start_registry registry 1
  REGISTRY_ADDR=$REGISTRY_STARTED
  build_and_push_image

  cat >"$STATE/env" <<EOF
unset DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH
export DOCKER_HOST=unix://$STATE/docker.sock
export DOCKTUTOR_TEST_REGISTRY=$REGISTRY_ADDR
export DOCKTUTOR_TEST_REGISTRY_USER=$REGISTRY_USER
export DOCKTUTOR_TEST_REGISTRY_PASSWORD=$REGISTRY_PASSWORD
export DOCKTUTOR_TEST_MIRROR=$MIRROR_ADDR
export DOCKTUTOR_SANDBOX=$STATE
EOF
  log "ready in $((SECONDS - t0))s: DOCKER_HOST=unix://$STATE/docker.sock registry=$REGISTRY_ADDR mirror=$MIRROR_ADDR driver=$driver"
}

# ---------------------------------------------------------------------------------------------------------
# Modes
# ---------------------------------------------------------------------------------------------------------

STATE=""
CMD_PID=""

on_signal() { # EXIT_CODE SIGNAL
  trap '' INT TERM HUP
  if [ -n "$CMD_PID" ] && alive "$CMD_PID"; then
    # Signal COMMAND and everything it started (a TERM to this script alone would not reach its children).
    local -a tree
    mapfile -t tree < <(descendants "$CMD_PID")
    kill -s "$2" "${tree[@]}" 2>/dev/null
    if ! wait_gone "$CMD_PID" 10; then
      mapfile -t tree < <(descendants "$CMD_PID")
      kill -KILL "${tree[@]}" 2>/dev/null
    fi
  fi
  log "interrupted (SIG$2); cleaning up"
  exit "$1" # runs the EXIT trap
}

on_exit() {
  local rc=$?
  trap - EXIT
  trap '' INT TERM HUP
  if [ -n "$STATE" ]; then
    log "stopping"
    sandbox_teardown
  fi
  exit "$rc"
}

mode_run() {
  trap on_exit EXIT
  trap 'on_signal 130 INT' INT
  trap 'on_signal 143 TERM' TERM
  trap 'on_signal 129 HUP' HUP
  sandbox_start
  # shellcheck disable=SC1091
  . "$STATE/env"
  # Run COMMAND asynchronously (so a TERM to this script is handled at once), with stdin kept and SIGINT/SIGQUIT
  # restored (bash ignores them in async children). It stays in our process group, so it keeps the terminal.
  local rc=0
  (
    trap - INT QUIT
    exec "$@"
  ) <&0 9>&- &
  CMD_PID=$!
  wait "$CMD_PID" || rc=$?
  CMD_PID=""
  exit "$rc"
}

mode_start() {
  trap on_exit EXIT
  trap 'on_signal 130 INT' INT
  trap 'on_signal 143 TERM' TERM
  sandbox_start
  mkdir -p "$REPO_ROOT/.sandbox"
  echo "$STATE" >"$REPO_ROOT/.sandbox/current"
  cp "$STATE/env" "$REPO_ROOT/.sandbox/env"
  cat "$STATE/env"
  echo "# state dir: $STATE (also in .sandbox/current); stop with: bash scripts/docker-sandbox.sh stop $STATE"
  STATE="" # keep it running
  trap - EXIT INT TERM
}

mode_stop() {
  local dir=${1:-${DOCKTUTOR_SANDBOX:-}}
  if [ -z "$dir" ] && [ -s "$REPO_ROOT/.sandbox/current" ]; then dir=$(cat "$REPO_ROOT/.sandbox/current"); fi
  [ -n "$dir" ] || die "no state dir given (and neither \$DOCKTUTOR_SANDBOX nor .sandbox/current is set)"
  dir=${dir%/}
  [ -d "$dir" ] || die "no such state dir: $dir"
  [ -e "$dir/$MARKER" ] || die "$dir is not a docktutor sandbox state dir"
  STATE=$(cd "$dir" && pwd)
  log "stopping $STATE"
  sandbox_teardown
  if [ -s "$REPO_ROOT/.sandbox/current" ] && [ "$(cat "$REPO_ROOT/.sandbox/current")" = "$STATE" ]; then
    rm -f "$REPO_ROOT/.sandbox/current" "$REPO_ROOT/.sandbox/env"
    rmdir "$REPO_ROOT/.sandbox" 2>/dev/null || true
  fi
  [ ! -e "$STATE" ] || die "could not remove $STATE completely"
}

case ${1:-} in
  "" | -h | --help)
    usage
    [ -n "${1:-}" ] || exit 2
    ;;
  start)
    [ $# -eq 1 ] || die "usage: docker-sandbox.sh start"
    mode_start
    ;;
  stop)
    [ $# -le 2 ] || die "usage: docker-sandbox.sh stop [STATE_DIR]"
    mode_stop "${2:-}"
    ;;
  install)
    ensure_packages
    ;;
  --)
    shift
    [ $# -gt 0 ] || die "no command given after --"
    mode_run "$@"
    ;;
  *)
    mode_run "$@"
    ;;
esac
