# Sourced by the mics launcher and by bench/run: sets $pages to the Java option that puts the heap
# on transparent huge pages, where the kernel gives them on request (or always) and they are of
# 2 MB; else to nothing. The first touch of each 4 KB page of a fresh heap costs a fault, and a
# large import touches tens of thousands of them. Where a huge page is larger (512 MB on arm64
# with 64 KB pages), Java could round a small heap up to one.
thp=/sys/kernel/mm/transparent_hugepage
pages=
case $(cat "$thp/enabled" 2>/dev/null) in
  *"[always]"*|*"[madvise]"*)
    if [ "$(cat "$thp/hpage_pmd_size" 2>/dev/null)" = 2097152 ]; then
      pages=-XX:+UseTransparentHugePages
    fi ;;
esac
