# Creates the system user the worker service runs as.
getent group garagereg >/dev/null || groupadd -r garagereg
getent passwd garagereg >/dev/null || \
    useradd -r -g garagereg -d /var/lib/garagereg-integrations -s /sbin/nologin -c "GarageReg Integrations worker" garagereg
chown root:garagereg /etc/garagereg-integrations/worker.env 2>/dev/null || :
chmod 0640 /etc/garagereg-integrations/worker.env 2>/dev/null || :
systemctl daemon-reload >/dev/null 2>&1 || :
