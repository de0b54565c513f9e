#include "CliApplication.h"
#include "CliRunner.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `help` lists the commands, `help COMMAND` and `COMMAND --help` print one command's usage (the man
// page regionscope-cli(1) is generated from it), and what a command prints on a usage error is the
// usage its help shows.
class TestCliHelp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("corpus.sqlite")); }

    // The command names of the "Commands:" list, in order.
    static QStringList listedCommands(const QString& overview)
    {
        QStringList names;
        bool inList = false;
        for (const QString& line : overview.split(QLatin1Char('\n'))) {
            if (line == QLatin1String("Commands:")) {
                inList = true;
            } else if (inList && line.startsWith(QLatin1String("  "))) {
                names.append(line.trimmed().section(QLatin1Char(' '), 0, 0));
            } else if (inList) {
                break;
            }
        }
        return names;
    }

    static QString collapsed(QString text) { return text.simplified(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpListsEveryCommand()
    {
        const CliResult help = runCli({QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.isEmpty());
        QCOMPARE(help.out, runCli({QStringLiteral("--help")}).out);
        QStringList names = listedCommands(help.out);
        // Every command the README documents; commands added later are listed too and must have help.
        for (const char* name : {"import", "list", "show", "extract", "metrics", "score", "chart", "search",
                                 "align", "annotate", "autocode", "annotations", "help"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QCOMPARE(names.removeDuplicates(), 0);
    }

    void everyCommandHasItsUsage()
    {
        const QStringList names = listedCommands(runCli({QStringLiteral("help")}).out);
        QVERIFY(!names.isEmpty());
        for (const QString& name : names) {
            const CliResult help = runCli({QStringLiteral("help"), name});
            QVERIFY2(help.exitCode == 0, qPrintable(name + help.err));
            const QString firstLine = help.out.section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(firstLine.startsWith(QLatin1String("usage: regionscope-cli ")), qPrintable(firstLine));
            QVERIFY2(firstLine.contains(QLatin1Char(' ') + name + QLatin1Char(' ')) ||
                         firstLine.endsWith(QLatin1Char(' ') + name),
                     qPrintable(firstLine));
            // A usage line, a blank line, then what the command does.
            QVERIFY2(help.out.count(QLatin1Char('\n')) >= 3, qPrintable(help.out));
            QCOMPARE(runCli({name, QStringLiteral("--help")}).out, help.out);
            QCOMPARE(runCli({QStringLiteral("--db"), db(), name, QStringLiteral("-h")}).out, help.out);
        }
    }

    // The usage line and the options block come from the options the command's parser takes: every
    // option it accepts is in its help, with its value name and default, and the help is ASCII (help2man
    // builds the man page from it).
    void everyOptionTheParserAcceptsIsInTheHelp()
    {
        const QStringList names = rs::cli::CliApplication::commandNames();
        QCOMPARE(names, listedCommands(runCli({QStringLiteral("help")}).out));
        int optionCount = 0;
        for (const QString& name : names) {
            const rs::cli::CommandSyntax syntax = rs::cli::CliApplication::commandSyntax(name);
            const QString help = runCli({QStringLiteral("help"), name}).out;
            QCOMPARE(help, rs::cli::CliApplication::commandHelp(name));
            for (const QChar c : help)
                QVERIFY2(c.unicode() < 0x80, qPrintable(name + QLatin1String(": ") + help));
            const QString usage = help.section(QLatin1String("\n\n"), 0, 0);
            const QString options = help.mid(help.indexOf(QLatin1String("\nOptions:\n")));
            for (const QCommandLineOption& option : syntax.options()) {
                ++optionCount;
                const QString first = option.names().first();
                const QString dashed =
                    (first.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + first;
                // The parser takes it, the usage line and the options block show it.
                QCommandLineParser parser;
                QStringList arguments{dashed};
                if (!option.valueName().isEmpty())
                    arguments.append(QStringLiteral("x"));
                QVERIFY2(syntax.parse(parser, arguments),
                         qPrintable(name + QLatin1Char(' ') + parser.errorText()));
                QVERIFY2(parser.isSet(first), qPrintable(name + QLatin1Char(' ') + dashed));
                const QString shown =
                    option.valueName().isEmpty() ? dashed : dashed + QLatin1Char(' ') + option.valueName();
                QVERIFY2(collapsed(usage).contains(shown), qPrintable(name + QLatin1String(": ") + shown));
                for (const QString& alias : option.names()) {
                    const QString aliasDashed =
                        (alias.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + alias;
                    QVERIFY2(options.contains(QLatin1String("  ") + aliasDashed) ||
                                 options.contains(QLatin1String(", ") + aliasDashed),
                             qPrintable(name + QLatin1String(": ") + aliasDashed));
                }
                QVERIFY2(collapsed(options).contains(collapsed(option.description())),
                         qPrintable(name + QLatin1String(": ") + option.description()));
                if (!option.defaultValues().isEmpty())
                    QVERIFY2(options.contains(
                                 QStringLiteral("(default: %1)").arg(option.defaultValues().join(u','))),
                             qPrintable(name + QLatin1String(": ") + dashed));
            }
            // An option the parser does not take is refused, so the list above is all it takes.
            QCommandLineParser parser;
            QVERIFY(!syntax.parse(parser, {QStringLiteral("--no-such-option")}));
        }
        QVERIFY(optionCount >= 40);
    }

    void unknownCommandIsAUsageError()
    {
        const CliResult help = runCli({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(help.exitCode, 2);
        QVERIFY(help.out.isEmpty());
        QVERIFY2(help.err.startsWith(QLatin1String("regionscope-cli help: unknown command frobnicate\n")),
                 qPrintable(help.err));
        const CliResult two =
            runCli({QStringLiteral("help"), QStringLiteral("list"), QStringLiteral("show")});
        QCOMPARE(two.exitCode, 2);
        QVERIFY(two.err.startsWith(QLatin1String("regionscope-cli help: give one command\n")));
    }

    void usageErrorsShowTheHelpUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("align") << QStringList{QStringLiteral("align"), QStringLiteral("1")};
        QTest::newRow("annotate") << QStringList{QStringLiteral("annotate")};
        QTest::newRow("annotations") << QStringList{QStringLiteral("annotations")};
        QTest::newRow("autocode") << QStringList{QStringLiteral("autocode")};
        QTest::newRow("chart") << QStringList{QStringLiteral("chart")};
        QTest::newRow("metrics") << QStringList{QStringLiteral("metrics"), QStringLiteral("--format=xml")};
        QTest::newRow("score") << QStringList{QStringLiteral("score")};
        QTest::newRow("search") << QStringList{QStringLiteral("search")};
        QTest::newRow("import") << QStringList{QStringLiteral("import")};
        QTest::newRow("show") << QStringList{QStringLiteral("show")};
        QTest::newRow("extract") << QStringList{QStringLiteral("extract")};
        QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--format=xml")};
        QTest::newRow("indicators") << QStringList{QStringLiteral("indicators")};
    }

    void usageErrorsShowTheHelpUsage()
    {
        QFETCH(QStringList, arguments);
        const CliResult bad = runCli(QStringList{QStringLiteral("--db"), db()} + arguments);
        QCOMPARE(bad.exitCode, 2);
        const qsizetype at = bad.err.indexOf(QLatin1String("usage: "));
        QVERIFY2(at >= 0, qPrintable(bad.err));
        // align adds a hint in parentheses after its usage line.
        QString usage = bad.err.mid(at);
        usage.remove(QRegularExpression(QStringLiteral("  \\(.*\\)")));
        const QString help = runCli({QStringLiteral("help"), arguments.first()}).out;
        QVERIFY2(collapsed(help).contains(collapsed(usage)),
                 qPrintable(usage + QLatin1String("\n---\n") + help));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
