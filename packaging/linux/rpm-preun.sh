# Stops the worker cleanly when the package is erased (not on upgrade).
if [ "$1" = 0 ]; then
    systemctl stop garagereg-integrations-worker.service >/dev/null 2>&1 || :
    systemctl disable garagereg-integrations-worker.service >/dev/null 2>&1 || :
fi
