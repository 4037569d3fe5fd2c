# Sourced by the scripts: a stable environment for builds and tests.
export LANG=C.UTF-8 TZ=UTC
# Swift Testing records a backtrace on every throw unless told not to.
export SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0
case ":$PATH:" in
  *:/opt/swift/usr/bin:*) ;;
  *) [ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH" ;;
esac
