#include "util/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <limits>

#include <sys/stat.h>
#include <zip.h>

namespace rs {

namespace {

QString libzipMessage(zip_t* archive)
{
    return QString::fromLocal8Bit(zip_strerror(archive));
}

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

bool isSymbolicLink(zip_t* archive, zip_uint64_t index)
{
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(archive, index, 0, &system, &attributes) != 0)
        return false;
    // Unix keeps st_mode in the high 16 bits; other systems have no links to worry about.
    return system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16);
}

} // namespace

void ZipArchive::addEntry(const QString& name, const QByteArray& data)
{
    put(name, data, false);
}

void ZipArchive::addStoredEntry(const QString& name, const QByteArray& data)
{
    put(name, data, true);
}

void ZipArchive::put(const QString& name, const QByteArray& data, bool stored)
{
    const auto found = m_index.constFind(name);
    if (found != m_index.constEnd()) {
        m_entries[*found].data = data;
        m_entries[*found].stored = stored;
        return;
    }
    m_index.insert(name, int(m_entries.size()));
    m_entries.append({name, data, stored});
}

QStringList ZipArchive::entryNames() const
{
    QStringList names;
    names.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        names.append(entry.name);
    return names;
}

QByteArray ZipArchive::entry(const QString& name) const
{
    const auto found = m_index.constFind(name);
    return found == m_index.constEnd() ? QByteArray() : m_entries.at(*found).data;
}

void ZipArchive::clear()
{
    m_entries.clear();
    m_index.clear();
}

bool ZipArchive::isSafeEntryName(const QString& name, QString* reason)
{
    auto refuse = [reason](const QString& why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (name.isEmpty())
        return refuse(tr("the entry name is empty"));
    for (const QChar c : name) {
        if (c.unicode() < 0x20)
            return refuse(tr("the entry name contains a control character"));
    }
    if (name.contains(QLatin1Char('\\')))
        return refuse(tr("the entry name contains a backslash"));
    if (name.startsWith(QLatin1Char('/')))
        return refuse(tr("the entry name is an absolute path"));
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return refuse(tr("the entry name starts with a drive letter"));
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part == QLatin1String(".."))
            return refuse(tr("the entry name climbs out of the target folder with \"..\""));
    }
    return true;
}

bool ZipArchive::save(const QString& path, QString* error) const
{
    for (const Entry& entry : m_entries) {
        QString reason;
        if (!isSafeEntryName(entry.name, &reason)) {
            setError(error, tr("Cannot write entry \"%1\": %2.").arg(entry.name, reason));
            return false;
        }
    }
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        setError(error, tr("Cannot create \"%1\": %2.").arg(path, libzipMessage(code)));
        return false;
    }
    for (const Entry& entry : m_entries) {
        // The buffers stay alive in m_entries until zip_close() has read them.
        zip_source_t* source =
            zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            setError(error,
                     tr("Cannot add \"%1\" to \"%2\": %3.").arg(entry.name, path, libzipMessage(archive)));
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        if (entry.stored)
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0) {
        setError(error, tr("Cannot write \"%1\": %2.").arg(path, libzipMessage(archive)));
        zip_discard(archive);
        return false;
    }
    return true;
}

bool ZipArchive::load(const QString& path, QString* error, const Limits& limits)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        setError(error, tr("Cannot open \"%1\" as a zip archive: %2.").arg(path, libzipMessage(code)));
        return false;
    }
    const bool ok = loadFrom(archive, path, error, limits);
    zip_discard(archive);
    return ok;
}

bool ZipArchive::loadFromBytes(const QByteArray& zip, QString* error, const Limits& limits)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t* source = zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &zipError);
    zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zipError) : nullptr;
    if (!archive) {
        setError(error, tr("Cannot read the data as a zip archive: %1.")
                            .arg(QString::fromLocal8Bit(zip_error_strerror(&zipError))));
        if (source)
            zip_source_free(source);
        zip_error_fini(&zipError);
        return false;
    }
    zip_error_fini(&zipError);
    const bool ok = loadFrom(archive, tr("the zip data"), error, limits);
    zip_discard(archive); // also frees the source
    return ok;
}

bool ZipArchive::loadFrom(void* handle, const QString& what, QString* error, const Limits& limits)
{
    auto* archive = static_cast<zip_t*>(handle);
    clear();
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > limits.maxEntries) {
        setError(error, tr("\"%1\" has %2 entries, more than the %3 allowed.")
                            .arg(what)
                            .arg(count)
                            .arg(limits.maxEntries));
        return false;
    }
    ZipArchive loaded;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        const zip_uint64_t index = zip_uint64_t(i);
        zip_stat_t stat;
        if (zip_stat_index(archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
            setError(error,
                     tr("Cannot read entry %1 of \"%2\": %3.").arg(i).arg(what, libzipMessage(archive)));
            return false;
        }
        const QString name = QString::fromUtf8(stat.name);
        QString reason;
        if (!isSafeEntryName(name, &reason)) {
            setError(error, tr("Refusing entry \"%1\" of \"%2\": %3.").arg(name, what, reason));
            return false;
        }
        if (isSymbolicLink(archive, index)) {
            setError(error, tr("Refusing entry \"%1\" of \"%2\": it is a symbolic link.").arg(name, what));
            return false;
        }
        if (name.endsWith(QLatin1Char('/')))
            continue; // folder entries carry no data; extractTo() creates folders as needed
        const qint64 declared = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : -1;
        if (declared < 0 || declared > limits.maxEntryBytes || declared >= std::numeric_limits<int>::max()) {
            setError(error, tr("Refusing entry \"%1\" of \"%2\": it is larger than %3 bytes uncompressed.")
                                .arg(name, what)
                                .arg(limits.maxEntryBytes));
            return false;
        }
        total += declared;
        if (total > limits.maxTotalBytes) {
            setError(error, tr("Refusing \"%1\": its entries are larger than %2 bytes uncompressed in total.")
                                .arg(what)
                                .arg(limits.maxTotalBytes));
            return false;
        }
        zip_file_t* file = zip_fopen_index(archive, index, 0);
        if (!file) {
            setError(error,
                     tr("Cannot open entry \"%1\" of \"%2\": %3.").arg(name, what, libzipMessage(archive)));
            return false;
        }
        // Read one byte more than declared so a size header that lies is caught, not trusted.
        QByteArray data(int(declared) + 1, Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), zip_uint64_t(data.size()));
        zip_fclose(file);
        if (read != declared) {
            setError(error, tr("Cannot read entry \"%1\" of \"%2\": its size does not match its header.")
                                .arg(name, what));
            return false;
        }
        data.truncate(int(declared));
        loaded.put(name, data, false);
    }
    *this = loaded;
    return true;
}

bool ZipArchive::extractTo(const QString& directory, QString* error) const
{
    const QString root = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (!QDir().mkpath(root)) {
        setError(error, tr("Cannot create the folder \"%1\".").arg(root));
        return false;
    }
    for (const Entry& entry : m_entries) {
        QString reason;
        const QString target = QDir::cleanPath(root + QLatin1Char('/') + entry.name);
        if (!isSafeEntryName(entry.name, &reason) || !target.startsWith(root + QLatin1Char('/'))) {
            if (reason.isEmpty())
                reason = tr("it would be written outside the target folder");
            setError(error, tr("Refusing entry \"%1\": %2.").arg(entry.name, reason));
            return false;
        }
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            setError(error, tr("Cannot create the folder for \"%1\".").arg(target));
            return false;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(entry.data) != entry.data.size() ||
            !file.commit()) {
            setError(error, tr("Cannot write \"%1\": %2.").arg(target, file.errorString()));
            return false;
        }
    }
    return true;
}

} // namespace rs
