#!/usr/bin/env bash
# Prepares a Docker Engine and the two test images for test/docker. Run as root (CI does).
# Safe to run again: each step checks first and does nothing when its work is already done.
set -euo pipefail

SOCKET=/var/run/docker.sock
LOG=/tmp/compose-harden-dockerd.log
BUSYBOX_IMAGE=compose-harden-test/busybox:1
NOCAT_IMAGE=compose-harden-test/nocat:1

say() { printf 'docker-test-env: %s\n' "$*" >&2; }

engine_answers() {
  docker version >/dev/null 2>&1 ||
    curl --silent --fail --max-time 2 --unix-socket "$SOCKET" http://localhost/_ping >/dev/null 2>&1
}

install_packages() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  # The image holds /bin/busybox alone, so it must be the static build (no loader, no libc).
  dpkg -s busybox-static >/dev/null 2>&1 || missing+=(busybox-static)
  command -v curl >/dev/null || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# A dockerd killed without a chance to clean up (a stopped session) leaves its pid files, and
# the next dockerd refuses to start while they exist. Remove them when their process is gone.
# Running, and not a zombie waiting to be reaped (kill -0 succeeds on those).
alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null || true)
  [ -n "$state" ] && [ "${state:0:1}" != Z ]
}

remove_stale_pidfiles() {
  local file pid
  for file in /var/run/docker.pid /var/run/docker/containerd/containerd.pid; do
    [ -f "$file" ] || continue
    pid=$(cat "$file" 2>/dev/null || true)
    if [ -z "$pid" ] || ! alive "$pid"; then
      say "removing stale $file"
      rm -f "$file"
    fi
  done
}

start_engine() {
  if engine_answers; then
    say "an engine already answers"
    return
  fi
  remove_stale_pidfiles
  say "starting dockerd (log: $LOG)"
  # No bridge and no iptables: the test stacks use network_mode none, and the sandbox may lack
  # the netfilter modules a bridge needs.
  nohup dockerd --bridge=none --iptables=false --ip-forward=false --ip-masq=false \
    >"$LOG" 2>&1 </dev/null &
  local pid=$!
  for _ in $(seq 1 60); do
    engine_answers && return
    kill -0 "$pid" 2>/dev/null || break # it exited: no point in waiting
    sleep 1
  done
  say "dockerd did not answer on $SOCKET within 60 s; last lines of $LOG:"
  tail -n 30 "$LOG" >&2 || true
  exit 1
}

# Lays out a root with busybox and the given applet links, then imports it as an image.
import_image() {
  local name=$1
  shift
  if docker image inspect "$name" >/dev/null 2>&1; then
    say "$name exists"
    return
  fi
  local root
  root=$(mktemp -d /tmp/compose-harden-image.XXXXXX)
  mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/proc" "$root/sys" "$root/dev"
  chmod 1777 "$root/tmp"
  cp /bin/busybox "$root/bin/busybox"
  local applet
  for applet in "$@"; do
    [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/tmp:/bin/sh\n' >"$root/etc/passwd"
  printf 'root:x:0:\napp:x:1000:\n' >"$root/etc/group"
  tar -C "$root" -c . | docker import --change 'ENV PATH=/bin' - "$name" >/dev/null
  rm -rf "$root"
  say "built $name"
}

install_packages
start_engine
# shellcheck disable=SC2046 # one word per applet is what we want
import_image "$BUSYBOX_IMAGE" $(/bin/busybox --list)
# Only `sleep`: no shell and no cat, like a distroless image.
import_image "$NOCAT_IMAGE" sleep
