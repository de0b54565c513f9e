#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/SearchIndex.h"

#include <QColor>
#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using namespace Qt::StringLiterals;

// DatabaseCopy between two SQLite files (the PostgreSQL directions run in tst_climigrate_postgresql):
// the copy holds every value, the comparison notices one changed character, and what cannot be copied
// whole is refused before anything is written.
class TestDatabaseCopy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"db-%1.sqlite"_s.arg(++m_files)); }

    static qint64 addReport(Database& database, const QString& title, const QString& body)
    {
        NewArticle article;
        article.report.metadata.title = title;
        article.report.body = body;
        article.report.paragraphs = {{0, int(body.size())}};
        article.originalBytes = (title + u'\n' + body).toUtf8() + QByteArray("\0\xff\x01", 3);
        return ArticleStore(database).insert(article).id;
    }

    // Two reports, a tag under a parent with a higher id, two annotations.
    static bool fill(Database& database)
    {
        const qint64 first = addReport(database, u"金湾区人才工作"_s, u"金湾区发放人才补贴近亿元"_s);
        const qint64 second = addReport(database, u"斗门区培训"_s, u"培训全区干部万人次"_s);
        AnnotationStore store(database);
        Tag child;
        child.name = u"补贴"_s;
        child.color = QColor(0x11, 0x22, 0x33);
        Tag parent = child;
        parent.name = u"政策"_s;
        child.id = store.insertTag(child);
        parent.id = store.insertTag(parent);
        store.tag(child.id, &child); // with its GUID
        child.parentId = parent.id;
        Annotation annotation;
        annotation.articleId = first;
        annotation.anchor.start = 3;
        annotation.anchor.end = 7;
        annotation.anchor.quote = u"发放人才"_s;
        annotation.author = u"李明"_s;
        annotation.note = u"笔记"_s;
        annotation.tagIds = {child.id};
        annotation.createdAt = annotation.updatedAt = QDateTime::currentDateTimeUtc();
        Annotation other = annotation;
        other.articleId = second;
        other.anchor.start = 0;
        other.anchor.end = 2;
        other.anchor.quote = u"培训"_s;
        other.author = u"王芳"_s;
        QString error;
        const bool ok = first > 0 && second > 0 && store.updateTag(child, &error) &&
                        store.insertAnnotation(annotation, false, &error) > 0 &&
                        store.insertAnnotation(other, false, &error) > 0;
        if (!ok)
            qWarning("filling failed (%lld, %lld): %s", first, second, qPrintable(error));
        return ok;
    }

    static bool exec(Database& database, const QString& statement)
    {
        QSqlQuery query(database.connection());
        return query.exec(statement);
    }

    static qint64 reports(Database& database)
    {
        QSqlQuery query(database.connection());
        return query.exec(u"SELECT COUNT(*) FROM articles"_s) && query.next() ? query.value(0).toLongLong()
                                                                              : -1;
    }

private Q_SLOTS:
    void copiesEveryValueAndNoticesOneChange()
    {
        Database from;
        Database to;
        QVERIFY(from.open(newPath()));
        QVERIFY(fill(from));
        QVERIFY(to.open(newPath()));
        DatabaseCopy copy(from, to);
        QStringList progress;
        copy.setProgress([&](const QString& table, qint64 copied, qint64 total) {
            if (copied == total)
                progress.append(u"%1 %2"_s.arg(table).arg(total));
        });
        QVector<TableComparison> comparison;
        QString error;
        QVERIFY2(copy.copy(&comparison, &error), qPrintable(error));
        QVERIFY(DatabaseCopy::allMatch(comparison));
        QVERIFY(progress.contains(u"articles 2"_s));
        QVERIFY(progress.contains(u"tags 2"_s));
        QCOMPARE(progress.first(), u"articles 2"_s);

        // The search index of the copy was rebuilt: it finds what the original finds.
        QCOMPARE(SearchIndex(to).count(u"人才"_s), 1);
        QCOMPARE(SearchIndex(to).count(u"培训"_s), SearchIndex(from).count(u"培训"_s));
        QByteArray original;
        QString fileName;
        QVERIFY(ArticleStore(to).original(1, &original, &fileName));
        QVERIFY(original.endsWith(QByteArray("\0\xff\x01", 3)));

        QVERIFY(DatabaseCopy::compare(from, to, &comparison, &error));
        QVERIFY(DatabaseCopy::allMatch(comparison));
        // One character of one report's body, then one annotation's note.
        QVERIFY(exec(to, u"UPDATE articles SET body = replace(body, '亿', '万') WHERE id = 1"_s));
        QVERIFY(exec(to, u"UPDATE annotations SET note = '笔记。' WHERE id = 1"_s));
        QVERIFY(DatabaseCopy::compare(from, to, &comparison, &error));
        QStringList differing;
        for (const TableComparison& table : std::as_const(comparison)) {
            QCOMPARE(table.fromRows, table.toRows);
            if (!table.matches())
                differing.append(table.table);
        }
        QCOMPARE(differing, (QStringList{u"articles"_s, u"annotations"_s}));
    }

    // A table or column the target lacks is refused while the source holds something in it, and the
    // target keeps nothing; empty, it is left behind.
    void refusesWhatTheTargetCannotHold()
    {
        Database from;
        QVERIFY(from.open(newPath()));
        QVERIFY(fill(from));
        QVERIFY(exec(from, u"CREATE TABLE extra_notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
        QVERIFY(exec(from, u"INSERT INTO extra_notes (text) VALUES ('只在源中')"_s));
        QVERIFY(exec(from, u"ALTER TABLE tags ADD COLUMN extra TEXT"_s));
        QVERIFY(exec(from, u"UPDATE tags SET extra = 'x' WHERE id = 2"_s));

        Database to;
        QVERIFY(to.open(newPath()));
        QVector<TableComparison> comparison;
        QString error;
        QVERIFY(!DatabaseCopy(from, to).copy(&comparison, &error));
        QVERIFY2(error.contains(u"the target has no table extra_notes"_s), qPrintable(error));
        QVERIFY(comparison.isEmpty());
        QCOMPARE(reports(to), 0);

        QVERIFY(exec(from, u"DELETE FROM extra_notes"_s));
        QVERIFY(!DatabaseCopy(from, to).copy(&comparison, &error));
        QVERIFY2(error.contains(u"the target has no column extra in its table tags"_s), qPrintable(error));
        QCOMPARE(reports(to), 0);

        QVERIFY(exec(from, u"UPDATE tags SET extra = NULL"_s));
        QVERIFY2(DatabaseCopy(from, to).copy(&comparison, &error), qPrintable(error));
        QVERIFY(DatabaseCopy::allMatch(comparison));
        QCOMPARE(reports(to), 2);
        const auto has = [&](const QString& name) {
            return std::any_of(comparison.cbegin(), comparison.cend(),
                               [&](const TableComparison& t) { return t.table == name; });
        };
        QVERIFY(has(u"tags"_s));
        QVERIFY(!has(u"extra_notes"_s));
        QVERIFY(!has(u"article_search"_s));

        // Now the target holds a project: a second copy is refused and changes nothing.
        QVERIFY(!DatabaseCopy(from, to).copy(&comparison, &error));
        QVERIFY2(error.contains(u"already holds 2 report(s)"_s), qPrintable(error));
        QCOMPARE(reports(to), 2);
    }

    void schemaVersionsMustMatch()
    {
        Database from;
        Database to;
        QVERIFY(from.open(newPath()));
        QVERIFY(fill(from));
        QVERIFY(to.open(newPath()));
        QVERIFY(exec(to, u"PRAGMA user_version = %1"_s.arg(to.schemaVersion() - 1)));
        QString error;
        QVERIFY(!DatabaseCopy(from, to).copy(nullptr, &error));
        QVERIFY2(error.contains(u"schema version"_s), qPrintable(error));
        QCOMPARE(reports(to), 0);
        QVERIFY(!DatabaseCopy(from, from).copy(nullptr, &error));
        QVERIFY2(error.contains(u"the same database"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
