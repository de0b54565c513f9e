#include "util/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <zip.h>

using namespace rs;

namespace {

// Writes entries with libzip directly, bypassing ZipArchive's own name checks, to forge hostile archives.
bool forge(const QString& path, const QVector<QPair<QByteArray, QByteArray>>& entries, bool symlink = false)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    for (const auto& entry : entries) {
        zip_source_t* source = zip_source_buffer(archive, entry.second.constData(), entry.second.size(), 0);
        const zip_int64_t index = zip_file_add(archive, entry.first.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            return false;
        if (symlink)
            zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                             zip_uint32_t(S_IFLNK | 0777) << 16);
    }
    return zip_close(archive) == 0;
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        QByteArray binary;
        for (int i = 0; i < 70000; ++i)
            binary.append(char(i * 7919 % 256));
        ZipArchive zip;
        zip.addEntry(QStringLiteral("[Content_Types].xml"), "<Types/>");
        zip.addEntry(QStringLiteral("ppt/slides/幻灯片1.xml"),
                     QStringLiteral("<t>人才政策补贴</t>").toUtf8());
        zip.addStoredEntry(QStringLiteral("media/image1.png"), binary);
        zip.addEntry(QStringLiteral("empty.txt"), QByteArray());
        zip.addEntry(QStringLiteral("empty.txt"), "replaced"); // same name replaces, keeps its place
        const QString path = dir.filePath(QStringLiteral("round.zip"));
        QString error;
        QVERIFY2(zip.save(path, &error), qPrintable(error));

        ZipArchive read;
        QVERIFY2(read.load(path, &error), qPrintable(error));
        QCOMPARE(read.entryNames(), zip.entryNames());
        QCOMPARE(read.entryNames().size(), 4);
        QCOMPARE(read.entry(QStringLiteral("media/image1.png")), binary);
        QCOMPARE(QString::fromUtf8(read.entry(QStringLiteral("ppt/slides/幻灯片1.xml"))),
                 QStringLiteral("<t>人才政策补贴</t>"));
        QCOMPARE(read.entry(QStringLiteral("empty.txt")), QByteArray("replaced"));
        QVERIFY(!read.contains(QStringLiteral("missing")));
        QVERIFY(read.entry(QStringLiteral("missing")).isNull());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ZipArchive fromBytes;
        QVERIFY2(fromBytes.loadFromBytes(file.readAll(), &error), qPrintable(error));
        QCOMPARE(fromBytes.entry(QStringLiteral("media/image1.png")), binary);
    }

    void extractStaysInside()
    {
        QTemporaryDir dir;
        ZipArchive zip;
        zip.addEntry(QStringLiteral("a/b/c.txt"), "c");
        zip.addEntry(QStringLiteral("top.txt"), "top");
        QString error;
        const QString target = dir.filePath(QStringLiteral("out"));
        QVERIFY2(zip.extractTo(target, &error), qPrintable(error));
        QFile c(target + QStringLiteral("/a/b/c.txt"));
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), QByteArray("c"));
        QVERIFY(QFile::exists(target + QStringLiteral("/top.txt")));
    }

    void unsafeNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("parent") << QByteArray("../evil.txt") << QStringLiteral("..");
        QTest::newRow("nested parent") << QByteArray("a/../../evil.txt") << QStringLiteral("..");
        QTest::newRow("absolute") << QByteArray("/etc/evil") << QStringLiteral("absolute");
        QTest::newRow("drive") << QByteArray("C:/evil.txt") << QStringLiteral("drive letter");
        QTest::newRow("backslash") << QByteArray("..\\evil.txt") << QStringLiteral("backslash");
    }

    void unsafeNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evil.zip"));
        QVERIFY(forge(path, {{"good.txt", "fine"}, {name, "payload"}}));
        ZipArchive zip;
        zip.addEntry(QStringLiteral("stale"), "x");
        QString error;
        QVERIFY(!zip.load(path, &error));
        QVERIFY2(error.contains(QString::fromUtf8(name)), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(zip.size(), 0); // nothing half-read is kept

        // The writer refuses the same names instead of producing such an archive.
        ZipArchive writer;
        writer.addEntry(QString::fromUtf8(name), "payload");
        error.clear();
        QVERIFY(!writer.save(dir.filePath(QStringLiteral("out.zip")), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.zip"))));
        // Extraction never writes outside the target, whatever the entries say.
        QVERIFY(!writer.extractTo(dir.filePath(QStringLiteral("x")), &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("evil.txt"))));
    }

    void symlinkRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("link.zip"));
        QVERIFY(forge(path, {{"link", "/etc/passwd"}}, true));
        ZipArchive zip;
        QString error;
        QVERIFY(!zip.load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
    }

    void hugeEntryRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(forge(path, {{"zeros.bin", QByteArray(8 * 1024 * 1024, '\0')}}));
        QVERIFY(QFileInfo(path).size() < 100 * 1024); // compresses well: the danger of trusting it
        ZipLimits limits;
        limits.maxEntryBytes = 1024 * 1024;
        ZipArchive zip;
        QString error;
        QVERIFY(!zip.load(path, &error, limits));
        QVERIFY2(error.contains(QStringLiteral("zeros.bin")) && error.contains(QStringLiteral("larger")),
                 qPrintable(error));
        QVERIFY2(zip.load(path, &error), qPrintable(error)); // the default limits allow 8 MB
    }

    void totalAndCountLimits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.zip"));
        QVector<QPair<QByteArray, QByteArray>> entries;
        for (int i = 0; i < 10; ++i)
            entries.append({QByteArray("f") + QByteArray::number(i), QByteArray(1000, 'x')});
        QVERIFY(forge(path, entries));
        QString error;
        ZipLimits total;
        total.maxTotalBytes = 5000;
        ZipArchive zip;
        QVERIFY(!zip.load(path, &error, total));
        QVERIFY2(error.contains(QStringLiteral("in total")), qPrintable(error));
        ZipLimits count;
        count.maxEntries = 9;
        QVERIFY(!zip.load(path, &error, count));
        QVERIFY2(error.contains(QStringLiteral("10 entries")), qPrintable(error));
    }

    void damagedInput()
    {
        QTemporaryDir dir;
        ZipArchive zip;
        QString error;
        QVERIFY(!zip.load(dir.filePath(QStringLiteral("missing.zip")), &error));
        QVERIFY(error.contains(QStringLiteral("missing.zip")));
        QVERIFY(!zip.loadFromBytes("this is not a zip file", &error));
        QVERIFY(!error.isEmpty());

        ZipArchive good;
        good.addEntry(QStringLiteral("a.txt"), QByteArray(5000, 'a'));
        const QString path = dir.filePath(QStringLiteral("good.zip"));
        QVERIFY(good.save(path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.truncate(bytes.size() / 2);
        QVERIFY(!zip.loadFromBytes(bytes, &error));
    }

    void unwritableTarget()
    {
        ZipArchive zip;
        zip.addEntry(QStringLiteral("a.txt"), "a");
        QString error;
        QVERIFY(!zip.save(QStringLiteral("/nonexistent-folder/x.zip"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder/x.zip")), qPrintable(error));
    }

    void safeNames()
    {
        QVERIFY(ZipArchive::isSafeEntryName(QStringLiteral("ppt/slides/slide1.xml")));
        QVERIFY(ZipArchive::isSafeEntryName(QStringLiteral("[Content_Types].xml")));
        QVERIFY(ZipArchive::isSafeEntryName(QStringLiteral("a/..b/c..txt")));
        QVERIFY(!ZipArchive::isSafeEntryName(QString()));
        QVERIFY(!ZipArchive::isSafeEntryName(QStringLiteral("a/\nb")));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
