#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rs {

// What reading a zip accepts; outside the class so it can serve as a default argument there.
struct ZipLimits
{
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;  // uncompressed, per entry
    qint64 maxTotalBytes = qint64(1024) * 1024 * 1024; // uncompressed, whole archive
    int maxEntries = 65535;
};

// A zip package held in memory: the OOXML writers add entries and save it; importers (.xlsx checks, later
// .qdpx) read one and get only entries whose names are safe to extract. Reading is defensive because the
// files come from elsewhere: names that are absolute, use backslashes or climb out with "..", symbolic
// links, and entries or archives larger than the limits are refused with a message naming the entry.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    using Limits = ZipLimits;

    // Adds or replaces an entry; names use '/' and are relative ("ppt/slides/slide1.xml").
    void addEntry(const QString& name, const QByteArray& data);
    // Deflates XML; already-compressed payloads (PNG, embedded .xlsx) are better stored as they are.
    void addStoredEntry(const QString& name, const QByteArray& data);

    QStringList entryNames() const; // in the order they were added or read
    bool contains(const QString& name) const { return m_index.contains(name); }
    QByteArray entry(const QString& name) const;
    int size() const { return int(m_entries.size()); }
    void clear();

    // Writes every entry to path (replacing it). False with a message when a name is unsafe or the file
    // cannot be written.
    bool save(const QString& path, QString* error) const;

    // Replace the current entries by those of a zip file / zip bytes. False with a message, and nothing
    // read, when the archive is damaged or any entry is unsafe or too large.
    bool load(const QString& path, QString* error, const Limits& limits = Limits());
    bool loadFromBytes(const QByteArray& zip, QString* error, const Limits& limits = Limits());

    // Writes the entries below directory (created when missing), never outside it.
    bool extractTo(const QString& directory, QString* error) const;

    // True when name is a relative path that stays inside the extraction directory; reason says why not.
    static bool isSafeEntryName(const QString& name, QString* reason = nullptr);

private:
    struct Entry
    {
        QString name;
        QByteArray data;
        bool stored = false;
    };
    void put(const QString& name, const QByteArray& data, bool stored);
    bool loadFrom(void* archive, const QString& what, QString* error, const Limits& limits);

    QVector<Entry> m_entries;
    QHash<QString, int> m_index;
};

} // namespace rs
