#include "ConnectDialog.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace rs {

// One Test or Connect, run on its own thread: what it tried and what it found.
struct ConnectDialog::Attempt
{
    QString url;
    QString user;
    bool connect = false;
    bool ok = false;
    QString message;
    TeamAccess::Level level = TeamAccess::Level::None;

    void run()
    {
        Database database;
        if (!database.open(url)) {
            message = database.error();
            return;
        }
        if (!TeamAccess::of(database, &level, &message))
            return;
        if (level == TeamAccess::Level::None) {
            message = notInTeam(user, url);
            return;
        }
        ok = true;
    }
};

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_pasted(new QLineEdit(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_usePasswordFile(new QCheckBox(this)), m_message(new QLabel(this)),
      m_test(new QPushButton(tr("&Test"), this)), m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connect to Team Database"));
    // Named for the tests and for accessibility tools.
    const std::pair<QWidget*, const char*> names[] = {{m_pasted, "address"},
                                                      {m_host, "host"},
                                                      {m_port, "port"},
                                                      {m_database, "database"},
                                                      {m_user, "user"},
                                                      {m_password, "password"},
                                                      {m_usePasswordFile, "usePasswordFile"},
                                                      {m_message, "message"},
                                                      {m_test, "test"},
                                                      {m_connect, "connect"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    m_pasted->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_pasted->setToolTip(tr("Paste the address the team's lead gave you; it fills the fields below"));
    m_host->setText(QStringLiteral("localhost"));
    m_host->setToolTip(tr("The server's name or address, or the directory of its socket (starting with /)"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("the database's name, e.g. regionscope"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_user->setToolTip(tr("Your own database role: the author of your annotations"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in memory while Regionscope runs, never written to disk"));
    const QString passwordFile = ConnectDialog::passwordFile();
    m_usePasswordFile->setText(
        passwordFile.isEmpty() ? tr("Use a password file (none found: ~/.pgpass)")
                               : tr("Use the password file %1").arg(QDir::toNativeSeparators(passwordFile)));
    m_usePasswordFile->setEnabled(!passwordFile.isEmpty());
    m_usePasswordFile->setChecked(!passwordFile.isEmpty());
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(460);

    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), m_pasted);
    form->addRow(tr("&Host or socket:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_usePasswordFile);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // While the address is typed or pasted the fields follow it quietly; leaving it says what is wrong.
    connect(m_pasted, &QLineEdit::editingFinished, this, &ConnectDialog::readPastedUrl);
    connect(m_pasted, &QLineEdit::textEdited, this, [this](const QString& text) {
        DatabaseLocation location;
        if (DatabaseLocation::parse(text.trimmed(), &location) && location.isPostgres())
            fillFields(location, text.trimmed());
    });
    connect(m_usePasswordFile, &QCheckBox::toggled, this, &ConnectDialog::updateButtons);
    connect(m_test, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_connect, &QPushButton::clicked, this, [this] { start(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::notInTeam(const QString& user, const QString& url)
{
    return tr("You reached the database, but “%1” is not an analyst of its team: ask the team's lead to add "
              "you (regionscope-cli --db %2 team add %1 --role coder).")
        .arg(user, url);
}

QString ConnectDialog::passwordFile()
{
    const QString configured = qEnvironmentVariable("PGPASSFILE");
    const QString file = configured.isEmpty() ? QDir::home().filePath(QStringLiteral(".pgpass")) : configured;
    return QFileInfo(file).isFile() ? file : QString();
}

QString ConnectDialog::levelName(TeamAccess::Level level)
{
    switch (level) {
    case TeamAccess::Level::Owner:
        return tr("owner");
    case TeamAccess::Level::Lead:
        return tr("lead");
    case TeamAccess::Level::Coder:
        return tr("coder");
    case TeamAccess::Level::Reader:
        return tr("reader");
    case TeamAccess::Level::None:
        break;
    }
    return tr("no team role");
}

QString ConnectDialog::levelDescription(TeamAccess::Level level)
{
    switch (level) {
    case TeamAccess::Level::Owner:
        return tr("you own this database: you change everything, and set up the team");
    case TeamAccess::Level::Lead:
        return tr("you edit the codebook, import and edit reports, and change anyone's annotations");
    case TeamAccess::Level::Coder:
        return tr("you add annotations and change your own; the codebook and the reports are the lead's");
    case TeamAccess::Level::Reader:
        return tr("you read the reports and the annotations; you change nothing");
    case TeamAccess::Level::None:
        break;
    }
    return tr("you are not an analyst of this team");
}

QString ConnectDialog::shortName(const QString& url)
{
    DatabaseLocation location;
    if (!DatabaseLocation::parse(url, &location) || !location.isPostgres())
        return url;
    const QString host = location.host().isEmpty() ? QStringLiteral("localhost") : location.host();
    return location.user() + u'@' + host + u'/' + location.databaseName();
}

void ConnectDialog::setUrl(const QString& url)
{
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(url, &location, &error) || !location.isPostgres()) {
        setMessage(error.isEmpty() ? tr("%1 is a database file, not a team database's address").arg(url)
                                   : error);
        return;
    }
    fillFields(location, url);
    m_pasted->setText(location.displayName());
    m_message->clear();
    // What is left to give is most often the password.
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
}

void ConnectDialog::fillFields(const DatabaseLocation& location, const QString& url)
{
    m_host->setText(location.host().isEmpty() ? QStringLiteral("localhost") : location.host());
    m_port->setValue(location.port() > 0 ? location.port() : 5432);
    m_database->setText(location.databaseName());
    if (!location.user().isEmpty())
        m_user->setText(location.user());
    // Only a password the address itself holds: a remembered one stays out of the field.
    if (!QUrl(url).password().isEmpty() || url.contains(QLatin1String("password="))) {
        m_password->setText(location.password());
        m_usePasswordFile->setChecked(false);
    }
    updateButtons();
}

void ConnectDialog::readPastedUrl()
{
    const QString text = m_pasted->text().trimmed();
    if (text.isEmpty())
        return;
    setUrl(text);
}

void ConnectDialog::setMessage(const QString& message)
{
    // The storage layer's messages start in lower case, to follow "error: " on the command line.
    m_message->setText(message.isEmpty() ? message : message.at(0).toUpper() + message.mid(1));
}

QString ConnectDialog::message() const
{
    return m_message->text();
}

QString ConnectDialog::url(QString* error) const
{
    const auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString user = m_user->text().trimmed();
    if (host.isEmpty())
        return refuse(tr("Name the server (its name or address), or the directory of its socket."));
    if (host.contains(u' ') || (host.contains(u'/') && !host.startsWith(u'/')))
        return refuse(tr("“%1” is neither a server's name nor a socket directory: a name has no spaces "
                         "or slashes, a socket directory starts with /.")
                          .arg(host));
    if (database.isEmpty())
        return refuse(tr("Name the database: the team's lead knows its name."));
    if (user.isEmpty())
        return refuse(tr("Name your database user: the analyst name the team's lead gave you."));
    const QString url = DatabaseLocation::postgres(host, m_port->value(), user, database).displayName();
    DatabaseLocation check;
    QString why;
    if (!DatabaseLocation::parse(url, &check, &why))
        return refuse(why);
    return url;
}

void ConnectDialog::updateButtons()
{
    m_password->setEnabled(!m_usePasswordFile->isChecked() && !m_busy);
    for (QWidget* field : std::initializer_list<QWidget*>{m_pasted, m_host, m_port, m_database, m_user,
                                                          m_usePasswordFile, m_test, m_connect})
        field->setEnabled(!m_busy && (field != m_usePasswordFile || !passwordFile().isEmpty()));
}

void ConnectDialog::start(bool connectAfter)
{
    if (m_busy)
        return;
    QString error;
    const QString address = url(&error);
    if (address.isEmpty()) {
        setMessage(error);
        Q_EMIT attemptFinished(false, error);
        return;
    }
    const bool usePassword = !m_usePasswordFile->isChecked() && !m_password->text().isEmpty();
    DatabaseLocation::rememberPassword(address, usePassword ? m_password->text() : QString());
    auto attempt = std::make_shared<Attempt>();
    attempt->url = address;
    attempt->user = m_user->text().trimmed();
    attempt->connect = connectAfter;
    m_busy = true;
    updateButtons();
    setMessage(tr("Connecting to %1…").arg(address));
    QThread* thread = QThread::create([attempt] { attempt->run(); });
    connect(thread, &QThread::finished, this, [this, attempt] { finish(attempt); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ConnectDialog::finish(const std::shared_ptr<Attempt>& attempt)
{
    m_busy = false;
    updateButtons();
    if (!attempt->ok) {
        DatabaseLocation::rememberPassword(attempt->url, QString()); // a wrong password is not kept
        setMessage(attempt->message);
        Q_EMIT attemptFinished(false, attempt->message);
        return;
    }
    m_level = attempt->level;
    const QString message =
        tr("Connected as %1, %2: %3.").arg(attempt->user, levelName(m_level), levelDescription(m_level));
    setMessage(message);
    Q_EMIT attemptFinished(true, message);
    if (attempt->connect)
        accept();
}

} // namespace rs
