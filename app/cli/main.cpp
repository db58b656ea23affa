#include "app/cli/CliApplication.h"
#include "app/services/ApplicationIdentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    garagereg::setApplicationIdentity();
    garagereg::CliApplication cli;
    return cli.run(app.arguments());
}
