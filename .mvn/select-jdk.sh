# Sourced by ./mvnw and .ci/run (POSIX sh). Silta builds at Java release 21 and its embedded
# OpenSearch needs Java >= 21, but many machines still default to an older `java`. When JAVA_HOME
# does not point at a JDK >= 21, look for the newest one in the usual install folders and use it.
silta_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
silta_select_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(silta_java_major "$JAVA_HOME")
    [ "${v:-0}" -ge 21 ] && return 0
  fi
  if [ -z "${JAVA_HOME-}" ] && command -v java >/dev/null 2>&1; then
    home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p' | head -n 1)
    if [ -n "$home" ]; then
      v=$(silta_java_major "$home")
      if [ "${v:-0}" -ge 21 ]; then JAVA_HOME=$home; export JAVA_HOME; return 0; fi
    fi
  fi
  best=""; best_v=0
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(silta_java_major "$d")
    if [ "${v:-0}" -ge 21 ] && [ "${v:-0}" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  if [ -n "$best" ]; then
    JAVA_HOME=$best; export JAVA_HOME
  else
    echo "Silta needs a JDK 21 or newer; set JAVA_HOME to one." >&2
  fi
}
silta_noglob=""
case $- in *f*) silta_noglob=1; set +f ;; esac
silta_select_jdk
[ -z "$silta_noglob" ] || set -f
