#!/usr/bin/env bash
# Tuopin's development Neo4j: Neo4j Community embedded (deploy/neo4j), Bolt on 127.0.0.1.
#
# usage: scripts/neo4j.sh build|start|stop|restart|status|wait|run|uri|import
#
#   build    compile the launcher and write its classpath (skipped when up to date)
#   start    build if needed, start in the background, return once Bolt accepts
#            connections; reuses a live server already answering on the port
#   stop     SIGTERM, wait (then SIGKILL); idempotent
#   status   exit 0 and print the URI when running, 3 when not, 4 while starting
#   wait     wait until the server answers on the port (e.g. after `run &`)
#   run      build if needed, then exec the JVM in the foreground; it prints one
#            line "tuopin-neo4j ready bolt://HOST:PORT" on stdout when ready
#   uri      print the Bolt URI of the running server
#   import ARGS...  run Neo4j's bulk importer (`neo4j-admin database import full
#            ARGS`, from the org.neo4j jars the launcher uses) on this home's
#            store; the server must be stopped. NEO4J_IMPORT_HEAP (1g) and
#            NEO4J_IMPORT_MEMORY (--max-off-heap-memory, 2g) bound its memory
#
# Environment (all optional):
#   NEO4J_PORT            Bolt port (7687); 0 picks a free one, see run/neo4j.uri
#   NEO4J_HOME_DIR        Neo4j home with data/ and logs/ (deploy/neo4j/data)
#   NEO4J_RUN_DIR         pid, uri and log files (deploy/neo4j/run); one per instance
#   NEO4J_HEAP            max heap (768m); NEO4J_PAGECACHE page cache (128m)
#   NEO4J_TX_TIMEOUT      db.transaction.timeout (5m)
#   NEO4J_START_TIMEOUT   seconds to wait for readiness (180)
#   NEO4J_STOP_TIMEOUT    seconds to wait after SIGTERM before SIGKILL (60)
#   NEO4J_JAVA_OPTS       extra JVM flags (e.g. -XX:TieredStopAtLevel=1)
#   NEO4J_CDS             1 (default) keeps a class-data-sharing archive in
#                         NEO4J_CDS_DIR (~/.cache/tuopin-neo4j) to cut start-up CPU; 0 off
#   JAVA_HOME             use $JAVA_HOME/bin/java instead of java on PATH
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=$ROOT/deploy/neo4j
TARGET=$DIR/target
JAR=$TARGET/tuopin-neo4j.jar
CPFILE=$TARGET/classpath.txt
STAMP=$TARGET/build.stamp
RUNDIR=${NEO4J_RUN_DIR:-$DIR/run}
case $RUNDIR in /*) ;; *) RUNDIR=$PWD/$RUNDIR ;; esac
PIDFILE=$RUNDIR/neo4j.pid
URIFILE=$RUNDIR/neo4j.uri
LOG=$RUNDIR/neo4j.log
MAIN=com.github.tuopin.neo4j.Launcher
READY='tuopin-neo4j ready '

PORT=${NEO4J_PORT:-7687}
HOST=127.0.0.1
HOME_DIR=${NEO4J_HOME_DIR:-$DIR/data}
case $HOME_DIR in /*) ;; *) HOME_DIR=$PWD/$HOME_DIR ;; esac
START_TIMEOUT=${NEO4J_START_TIMEOUT:-180}
STOP_TIMEOUT=${NEO4J_STOP_TIMEOUT:-60}
CDS_DIR=${NEO4J_CDS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tuopin-neo4j}
if [[ -n ${JAVA_HOME:-} ]]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi

log() { echo "neo4j.sh: $*" >&2; }
die() { log "$*"; exit 1; }

# --- build ----------------------------------------------------------------

# The inputs of a build: pom and sources. (Not the JDK: the classes target
# release 17, whichever JDK compiled them.)
build_key() {
	{
		cat "$DIR/pom.xml"
		find "$DIR/src" -type f -print0 | sort -z | xargs -0 cat
	} | sha256sum | cut -c1-32
}

is_built() {
	[[ -f $JAR && -s $CPFILE && -f $STAMP ]] || return 1
	[[ $(cat "$STAMP") == "$(build_key)" ]] || return 1
	local f
	while IFS= read -r -d: f || [[ -n $f ]]; do
		[[ -f $f ]] || return 1
	done <"$CPFILE"
}

cmd_build() {
	command -v "$JAVA" >/dev/null 2>&1 || die "no java: install a JDK 17+ or set JAVA_HOME"
	if is_built; then return 0; fi
	command -v mvn >/dev/null 2>&1 || die "no mvn: install Maven 3.6+"
	log "building deploy/neo4j (first time downloads Neo4j's jars to ~/.m2)"
	local t0=$SECONDS
	local mvn=(mvn -q -B -f "$DIR/pom.xml" package)
	mkdir -p "$TARGET"
	if [[ -n ${JAVA_HOME:-} ]]; then export JAVA_HOME; fi
	# Offline first: once ~/.m2 holds the artifacts this needs no network at all.
	if ! "${mvn[@]}" -o >"$TARGET/build.log" 2>&1; then
		if ! "${mvn[@]}" >"$TARGET/build.log" 2>&1; then
			tail -n 40 "$TARGET/build.log" >&2
			die "maven build failed (full log: $TARGET/build.log)"
		fi
	fi
	rm -f "$TARGET/build.log"
	build_key >"$STAMP"
	log "built in $((SECONDS - t0)) s"
}

# --- process helpers ------------------------------------------------------

# Is $1 a live launcher process (not a reused pid)?
is_ours() {
	local pid=$1
	[[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
	tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$MAIN"
}

read_pid() { [[ -f $PIDFILE ]] && cat "$PIDFILE" 2>/dev/null || true; }

tcp_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# Does host:port speak Bolt? Sends the Bolt handshake offering 5.0-5.8 and 4.4;
# a Bolt server answers with the version it picked: 00 00 minor major.
is_bolt() {
	local host=$1 port=$2 reply
	# shellcheck disable=SC2016 # $0 and $1 expand in the inner bash
	reply=$(timeout 5 bash -c '
		exec 3<>/dev/tcp/$0/$1 || exit 1
		printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
		head -c 4 <&3 | od -An -tx1' "$host" "$port" 2>/dev/null) || return 1
	reply=${reply//[[:space:]]/}
	[[ $reply =~ ^0000[0-9a-f]{2}0[45]$ ]]
}

ready_uri() { grep -a -m1 "^$READY" "$LOG" 2>/dev/null | sed "s/^$READY//" || true; }

uri_port() { local u=${1##*:}; echo "${u%%/*}"; }

# --- class-data sharing ---------------------------------------------------
# A dynamic CDS archive of the classes Neo4j loads at start-up cuts start-up CPU by
# a third or more. The first start without an archive writes one when the JVM exits;
# later starts map it. It is only valid for the same JDK and the same jars, hence
# the key (a stale one the JVM silently ignores). A truncated one crashes the JVM,
# hence the check before it is used, and the retry in cmd_start.

cds_key() {
	{
		"$JAVA" -version 2>&1
		# The JVM ignores an archive whose jars changed size or mtime.
		{ echo "$JAR"; tr ':' '\n' <"$CPFILE"; } | xargs stat -c '%n %s %Y'
	} | sha256sum | cut -c1-16
}

# Promote archives that finished JVMs left behind; prints the JVM flag to use.
cds_flags() {
	[[ ${NEO4J_CDS:-1} == 1 ]] || return 0
	mkdir -p "$CDS_DIR" 2>/dev/null || return 0
	local key archive f
	key=$(cds_key)
	archive=$CDS_DIR/$key.jsa
	for f in "$CDS_DIR/$key".jsa.tmp.*; do
		[[ -e $f ]] || continue
		# Still being written by a JVM that has its name on its command line?
		if pgrep -f -- "ArchiveClassesAtExit=$f" >/dev/null 2>&1; then continue; fi
		if [[ ! -e $archive ]] && "$JAVA" -XX:ErrorFile=/dev/null -XX:SharedArchiveFile="$f" -Xshare:on \
			-cp "$JAR:$(cat "$CPFILE")" -version >/dev/null 2>&1; then
			mv -f "$f" "$archive"
		else
			rm -f "$f"
		fi
	done
	# Archives of other JDKs/jar sets that nobody used for two weeks.
	find "$CDS_DIR" -maxdepth 1 -name '*.jsa*' -mtime +14 -delete 2>/dev/null || true
	if [[ -f $archive ]]; then
		touch "$archive" 2>/dev/null || true
		echo "-XX:SharedArchiveFile=$archive"
	else
		echo "-XX:ArchiveClassesAtExit=$archive.tmp.$$$RANDOM"
	fi
}

# --- run ------------------------------------------------------------------

# The JVM flags Neo4j's own neo4j.conf sets, minus -XX:+AlwaysPreTouch (it would
# commit the whole initial heap up front), plus a modest heap.
jvm_flags() {
	local heap=${NEO4J_HEAP:-768m}
	JVM=(
		-Xms256m "-Xmx$heap"
		-XX:+UseG1GC
		-XX:-OmitStackTraceInFastThrow
		-XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
		-XX:+DisableExplicitGC
		-XX:+ExitOnOutOfMemoryError
		"-XX:ErrorFile=$RUNDIR/hs_err_pid%p.log"
		-Djdk.nio.maxCachedBufferSize=1024
		-Dio.netty.tryReflectionSetAccessible=true
		-Djdk.tls.ephemeralDHKeySize=2048
		-Djdk.tls.rejectClientInitiatedRenegotiation=true
		-Dlog4j2.disable.jmx=true
		--add-opens=java.base/java.nio=ALL-UNNAMED
		--add-opens=java.base/java.io=ALL-UNNAMED
		--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
		--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
		--add-opens=java.base/java.lang=ALL-UNNAMED
		--enable-native-access=ALL-UNNAMED
		# JVM log messages go to stderr (stdout carries only the ready line), and
		# without the ~1000 "class skipped" warnings of a CDS dump.
		-Xlog:disable "-Xlog:all=warning,cds*=error:stderr:uptime,level,tags"
	)
	local cds
	cds=$(cds_flags)
	[[ -n $cds ]] && JVM+=("$cds")
	# shellcheck disable=SC2206 # word splitting of user-supplied flags is intended
	[[ -n ${NEO4J_JAVA_OPTS:-} ]] && JVM+=(${NEO4J_JAVA_OPTS})
	JVM+=(-cp "$JAR:$(cat "$CPFILE")" "$MAIN" --home "$HOME_DIR" --host "$HOST" --port "$PORT")
	return 0
}

cmd_run() {
	cmd_build
	mkdir -p "$HOME_DIR"
	jvm_flags
	exec "$JAVA" "${JVM[@]}"
}

# Wait for the launcher $1 (pid) to print its ready line and accept TCP.
await_ready() {
	local pid=$1 deadline=$((SECONDS + START_TIMEOUT)) uri
	while ((SECONDS < deadline)); do
		if ! kill -0 "$pid" 2>/dev/null; then
			log "neo4j exited during start-up; last lines of $LOG:"
			tail -n 60 "$LOG" >&2
			return 1
		fi
		uri=$(ready_uri)
		if [[ -n $uri ]] && tcp_open "$HOST" "$(uri_port "$uri")"; then
			echo "$uri" >"$URIFILE"
			return 0
		fi
		sleep 0.2
	done
	log "neo4j did not become ready within ${START_TIMEOUT} s; last lines of $LOG:"
	tail -n 60 "$LOG" >&2
	return 1
}

# Start the JVM in the background; sets pid. nohup execs java, so $! is the
# JVM's pid and SIGTERM reaches the JVM directly. fd 9 (the lock) is not inherited.
launch() {
	nohup "$JAVA" "${JVM[@]}" >"$LOG" 2>&1 </dev/null 9>&- &
	pid=$!
	echo "$pid" >"$PIDFILE"
}

cmd_start() {
	mkdir -p "$RUNDIR"
	local pid uri ok t0=$SECONDS
	pid=$(read_pid)
	if is_ours "$pid"; then
		# Ours, already running (or still starting): wait for it.
		if await_ready "$pid"; then
			log "already running (pid $pid) at $(cat "$URIFILE")"
			cat "$URIFILE"
			return 0
		fi
		die "running instance (pid $pid) is not answering; try: $0 stop"
	fi
	rm -f "$PIDFILE" "$URIFILE"
	if [[ $PORT != 0 ]] && tcp_open "$HOST" "$PORT"; then
		if is_bolt "$HOST" "$PORT"; then
			log "a Bolt server not started by this script already answers on $HOST:$PORT; reusing it"
			echo "bolt://$HOST:$PORT"
			return 0
		fi
		die "port $PORT is taken by something that does not speak Bolt; set NEO4J_PORT"
	fi
	cmd_build
	mkdir -p "$HOME_DIR"
	jvm_flags
	[[ -f $LOG ]] && mv -f "$LOG" "$LOG.1"
	launch
	if ! await_ready "$pid"; then
		# A JVM that crashed at once on a damaged CDS archive: drop it, retry without.
		if ! kill -0 "$pid" 2>/dev/null && [[ " ${JVM[*]} " == *" -XX:SharedArchiveFile="* ]] &&
			grep -qaE "A fatal error has been detected|shared archive" "$LOG"; then
			log "the JVM failed on its CDS archive; removing $CDS_DIR/*.jsa and retrying without it"
			rm -f "$CDS_DIR"/*.jsa
			NEO4J_CDS=0 jvm_flags
			mv -f "$LOG" "$LOG.1"
			launch
			await_ready "$pid" && ok=1
		fi
		if [[ -z ${ok:-} ]]; then
			cmd_stop >/dev/null 2>&1 || true
			exit 1
		fi
	fi
	uri=$(cat "$URIFILE")
	log "started (pid $pid) at $uri in $((SECONDS - t0)) s; home $HOME_DIR; log $LOG"
	echo "$uri"
}

cmd_stop() {
	local pid deadline
	pid=$(read_pid)
	if ! is_ours "$pid"; then
		rm -f "$PIDFILE" "$URIFILE"
		log "not running"
		return 0
	fi
	kill -TERM "$pid" 2>/dev/null || true
	deadline=$((SECONDS + STOP_TIMEOUT))
	while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
	if kill -0 "$pid" 2>/dev/null; then
		log "pid $pid still alive after ${STOP_TIMEOUT} s; sending SIGKILL (next start runs recovery)"
		kill -KILL "$pid" 2>/dev/null || true
		while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
	fi
	rm -f "$PIDFILE" "$URIFILE"
	# Promote the CDS archive the JVM may just have written.
	if [[ ${NEO4J_CDS:-1} == 1 && -f $JAR && -f $CPFILE ]]; then cds_flags >/dev/null || true; fi
	log "stopped (pid $pid)"
}

cmd_status() {
	local pid uri
	pid=$(read_pid)
	if is_ours "$pid"; then
		uri=$(cat "$URIFILE" 2>/dev/null || true)
		if [[ -n $uri ]] && tcp_open "$HOST" "$(uri_port "$uri")"; then
			echo "running pid $pid $uri"
			return 0
		fi
		echo "starting pid $pid"
		return 4
	fi
	if [[ $PORT != 0 ]] && is_bolt "$HOST" "$PORT"; then
		echo "running (not started by this script) bolt://$HOST:$PORT"
		return 0
	fi
	echo "not running"
	return 3
}

cmd_wait() {
	local pid deadline=$((SECONDS + START_TIMEOUT))
	pid=$(read_pid)
	if is_ours "$pid"; then
		await_ready "$pid" || exit 1
		cat "$URIFILE"
		return 0
	fi
	[[ $PORT != 0 ]] || die "wait: NEO4J_PORT=0 and no instance started by this script"
	while ((SECONDS < deadline)); do
		if is_bolt "$HOST" "$PORT"; then
			echo "bolt://$HOST:$PORT"
			return 0
		fi
		sleep 0.5
	done
	die "nothing answered Bolt on $HOST:$PORT within ${START_TIMEOUT} s"
}

cmd_uri() {
	local pid
	pid=$(read_pid)
	if is_ours "$pid" && [[ -s $URIFILE ]]; then cat "$URIFILE"; return 0; fi
	die "not running"
}

# Neo4j's bulk importer on this home's store (the embedded launcher keeps it
# under $HOME_DIR/data, the importer's default for NEO4J_HOME=$HOME_DIR).
cmd_import() {
	cmd_build
	local pid
	pid=$(read_pid)
	if is_ours "$pid"; then die "import: the server is running (pid $pid); stop it first"; fi
	mkdir -p "$HOME_DIR/conf"
	NEO4J_HOME=$HOME_DIR NEO4J_CONF=$HOME_DIR/conf "$JAVA" "-Xmx${NEO4J_IMPORT_HEAP:-1g}" \
		--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
		--add-opens=java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
		-cp "$JAR:$(cat "$CPFILE")" org.neo4j.cli.AdminTool database import full \
		"--max-off-heap-memory=${NEO4J_IMPORT_MEMORY:-2g}" "--report-file=$RUNDIR/import.report" "$@"
}

# start/stop/restart/import take a lock, so that two concurrent starts (parallel make
# targets, test packages) launch one JVM.
case ${1:-} in
start | stop | restart | import)
	mkdir -p "$RUNDIR"
	exec 9>"$RUNDIR/lock"
	flock -w "$((START_TIMEOUT + STOP_TIMEOUT))" 9 || die "another neo4j.sh holds $RUNDIR/lock"
	;;
esac

case ${1:-} in
build) cmd_build ;;
start) cmd_start ;;
stop) cmd_stop ;;
restart) cmd_stop && cmd_start ;;
status) cmd_status ;;
wait) cmd_wait ;;
run) cmd_run ;;
uri) cmd_uri ;;
import) shift && cmd_import "$@" ;;
*)
	sed -n '2,30p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac
