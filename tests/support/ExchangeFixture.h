#pragma once

// A corpus with a codebook and annotations for the exchange tests (CSV, W3C JSON, REFI-QDA): the seed
// reports through the real import path, plus a report whose passages sit after characters outside the
// BMP, so code point and UTF-16 offsets differ. Also a minimal zip writer for archives ZipArchive would
// refuse to write (unsafe names, lying sizes).

#include "domain/Annotation.h"
#include "domain/Tag.h"
#include "gazetteer/Gazetteer.h"
#include "ingest/ImportPipeline.h"
#include "ingest/ReportImporter.h"
#include "storage/AnnotationStore.h"
#include "storage/ArticleStore.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QColor>
#include <QDir>
#include <QHash>
#include <QString>
#include <QtEndian>

#include <algorithm>

namespace exchange {

// "𠀀" (U+20000) and "😀" (U+1F600) take two UTF-16 units each.
inline QString wideBody()
{
    return QStringLiteral("𠀀😀字体与表情之后的段落。\n"
                          "全年发放人才政策补贴近1.5亿元，引进博士45人。\n"
                          "建成人才驿站12个，服务各类人才3000余人次。");
}

inline QString widePassage()
{
    return QStringLiteral("发放人才政策补贴近1.5亿元");
}

// Code points before the passage in wideBody(), counted independently of CodePointOffsets.
inline int widePassageCodePointStart()
{
    const QString body = wideBody();
    return int(body.left(body.indexOf(widePassage())).toUcs4().size());
}

inline qint64 addArticle(rs::Database& db, const QString& title, const QString& body)
{
    rs::NewArticle article;
    article.report.body = body;
    article.report.metadata.title = title;
    article.report.paragraphs = {{0, int(body.size()), rs::Paragraph::Kind::Text}};
    return rs::ArticleStore(db).insert(article).id;
}

inline int importSeeds(rs::Database& db)
{
    rs::ArticleStore store(db);
    const rs::ImportPipeline pipeline(rs::Gazetteer::builtin());
    rs::ReportImporter importer(store, pipeline);
    int imported = 0;
    for (const QString& file :
         rs::ReportImporter::plan({QStringLiteral(REGIONSCOPE_SOURCE_DIR "/resources/seeds")}).files) {
        if (importer.importFile(file).articleId > 0)
            ++imported;
    }
    return imported;
}

inline QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

inline qint64 addTag(rs::AnnotationStore& store, qint64 parent, const QString& name, const QString& color,
                     const QString& description = QString())
{
    rs::Tag tag;
    tag.parentId = parent;
    tag.name = name;
    tag.color = QColor(color);
    tag.description = description;
    return store.insertTag(tag);
}

inline qint64 addAnnotation(rs::AnnotationStore& store, qint64 articleId, const QString& body,
                            const QString& quote, QVector<qint64> tags, const QString& note,
                            rs::Annotation::Status status, const QString& author, const QDateTime& created,
                            const QDateTime& updated)
{
    rs::Annotation a;
    a.articleId = articleId;
    const int start = int(body.indexOf(quote));
    if (start < 0)
        return 0;
    a.anchor = rs::TextAnchor::fromBody(body, start, start + int(quote.size()));
    std::sort(tags.begin(), tags.end());
    a.tagIds = tags;
    a.note = note;
    a.status = status;
    a.author = author;
    a.createdAt = created;
    a.updatedAt = updated;
    return store.insertAnnotation(a);
}

// The codebook and annotations every exchange test starts from. Returns the number of annotations
// that are not orphaned; *wideArticle is the report with characters outside the BMP.
inline int populate(rs::Database& db, qint64* wideArticle, qint64* seedArticle)
{
    rs::AnnotationStore store(db);
    rs::ArticleStore articles(db);
    if (importSeeds(db) < 5)
        return -1;
    *wideArticle = addArticle(db, QStringLiteral("扩展字符测试报告"), wideBody());
    *seedArticle = 0;
    rs::StoredArticle seed;
    for (qint64 id : articles.ids()) {
        if (articles.load(id, &seed) && seed.body.contains(QStringLiteral("人才驿站"))) {
            *seedArticle = id;
            break;
        }
    }
    if (*wideArticle <= 0 || *seedArticle <= 0)
        return -1;

    const qint64 policy = addTag(store, 0, QStringLiteral("政策"), QStringLiteral("#e69f00"),
                                 QStringLiteral("人才与组织政策 <含 & 符号>"));
    const qint64 subsidy = addTag(store, policy, QStringLiteral("人才补贴"), QStringLiteral("#56b4e9"));
    const qint64 station = addTag(store, subsidy, QStringLiteral("驿站"), QStringLiteral("#009e73"));
    const qint64 check = addTag(store, 0, QStringLiteral("核查, \"数字\""), QStringLiteral("#d55e00"));

    int count = 0;
    count += addAnnotation(store, *wideArticle, wideBody(), widePassage(), {subsidy, check},
                           QStringLiteral("与蓬江区比较, \"引号\"\n第二行"), rs::Annotation::Status::Flagged,
                           QStringLiteral("张三"), at("2026-03-01T08:00:00.123Z"),
                           at("2026-03-02T09:30:00.456Z")) > 0;
    count += addAnnotation(store, *wideArticle, wideBody(), QStringLiteral("人才驿站12个"), {station},
                           QString(), rs::Annotation::Status::Reviewed, QStringLiteral("李四"),
                           at("2026-03-03T10:00:00.000Z"), at("2026-03-03T10:00:00.000Z")) > 0;
    count +=
        addAnnotation(store, *seedArticle, seed.body, QStringLiteral("人才驿站"), {station, policy},
                      QStringLiteral("核对数字"), rs::Annotation::Status::ToReview, QStringLiteral("张三"),
                      at("2026-03-04T11:00:00.000Z"), at("2026-03-05T12:00:00.000Z")) > 0;
    // A note without tags, and an annotation whose passage is gone (orphaned).
    count += addAnnotation(store, *seedArticle, seed.body,
                           seed.body.mid(seed.body.indexOf(QStringLiteral("人才驿站")) + 4, 6), {},
                           QStringLiteral("只有备注"), rs::Annotation::Status::ToReview, QString(),
                           at("2026-03-06T11:00:00.000Z"), at("2026-03-06T11:00:00.000Z")) > 0;
    rs::Annotation orphan;
    orphan.articleId = *wideArticle;
    orphan.anchor.start = 2;
    orphan.anchor.end = 5;
    orphan.anchor.quote = QStringLiteral("已删除的段落");
    orphan.orphaned = true;
    orphan.author = QStringLiteral("王五");
    orphan.createdAt = orphan.updatedAt = at("2026-03-07T00:00:00.000Z");
    orphan.tagIds = {check};
    if (store.insertAnnotation(orphan) == 0)
        return -1;
    return count;
}

// ---- A zip written by hand, for archives ZipArchive refuses to write. ----

inline quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct RawEntry
{
    QByteArray name;
    QByteArray data;          // stored as is
    quint32 declaredSize = 0; // 0: the real size; else the uncompressed size the headers claim
};

inline void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

inline void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// Entries with a declared size are marked deflated so the lie is only in the size, which is what a
// decompression bomb looks like before it is read.
inline QByteArray rawZip(const QVector<RawEntry>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const RawEntry& entry : entries) {
        const quint32 offset = quint32(out.size());
        const bool lying = entry.declaredSize != 0;
        const quint16 method = lying ? 8 : 0;
        const quint32 size = lying ? entry.declaredSize : quint32(entry.data.size());
        const quint32 crc = crc32(entry.data);
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x0800); // UTF-8 names
        put16(out, method);
        put16(out, 0);
        put16(out, 0x21);
        put32(out, crc);
        put32(out, quint32(entry.data.size()));
        put32(out, size);
        put16(out, quint16(entry.name.size()));
        put16(out, 0);
        out += entry.name;
        out += entry.data;

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, quint32(entry.data.size()));
        put32(central, size);
        put16(central, quint16(entry.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += entry.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace exchange
