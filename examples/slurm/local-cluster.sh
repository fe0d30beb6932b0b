#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, to try the job array here before a real cluster (and for the test
# suite's Slurm test): Debian's slurm-wlm and munge, installed with apt when missing. Run as root.
#   local-cluster.sh start   installs if needed, writes a one-node slurm.conf, starts munged, slurmctld, slurmd
#   local-cluster.sh stop    stops the daemons it started (by their pid files)
# Everything it writes lives in $SLURM_LOCAL_DIR (default /var/lib/event-lens-slurm) and /etc/slurm, /etc/munge.
# See docs/slurm.md for what each setting means.
set -euo pipefail
dir=${SLURM_LOCAL_DIR:-/var/lib/event-lens-slurm}

if [ "${1:-start}" = stop ]; then
  for daemon in slurmd slurmctld munged; do
    pid_file="$dir/$daemon.pid"
    [ -f "$pid_file" ] || continue
    pid=$(cat "$pid_file")
    kill "$pid" 2>/dev/null || true
    # The daemons take a few seconds to finish: wait, so that a start right after does not race them.
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    rm -f "$pid_file"
  done
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "local-cluster.sh: needs root (it installs packages and starts system daemons)" >&2
  exit 77
fi
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null; }; then
    echo "local-cluster.sh: could not install slurm-wlm and munge with apt" >&2
    exit 77
  fi
fi

host=$(hostname -s)
mkdir -p "$dir"/{state,spool,log} /etc/slurm /run/munge /var/log/munge /var/lib/munge /etc/munge
# munge authenticates the daemons to each other with a shared key: one machine, one key.
[ -s /etc/munge/munge.key ] || head -c 1024 /dev/urandom >/etc/munge/munge.key
chown -R munge:munge /etc/munge /run/munge /var/log/munge /var/lib/munge
chmod 400 /etc/munge/munge.key
if ! { [ -f "$dir/munged.pid" ] && kill -0 "$(cat "$dir/munged.pid")" 2>/dev/null; }; then
  # munged runs as its own user: its pid file goes where that user may write, and is copied beside the others.
  runuser -u munge -- /usr/sbin/munged --force --pid-file=/run/munge/munged.pid
  cp /run/munge/munged.pid "$dir/munged.pid"
fi

memory=$(free -m | awk '/^Mem:/ { print int($2 * 0.8) }')
cat >/etc/slurm/slurm.conf <<CONF
ClusterName=event-lens-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
/usr/sbin/slurmctld
/usr/sbin/slurmd
for _ in $(seq 1 30); do
  if sinfo -h -o %t 2>/dev/null | grep -q idle; then
    echo "local-cluster.sh: one node ($host, $(nproc) CPUs) idle"
    exit 0
  fi
  sleep 1
done
echo "local-cluster.sh: the node did not come up; see $dir/log/" >&2
exit 1
