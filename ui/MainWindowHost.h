#pragma once

#include <QObject>

#include <memory>

namespace rs {

class Corpus;
class MainWindow;

// Owns the main window so the language can change while the app runs: the window's state is saved,
// the new translation installed, and a new window built in the new language over the same corpus.
class MainWindowHost : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowHost(Corpus& corpus, QObject* parent = nullptr);
    ~MainWindowHost() override;

    MainWindow* window() const { return m_window.get(); }
    // "en" or "zh_CN"; false (and nothing changed) while an import is running.
    bool switchLanguage(const QString& language);

Q_SIGNALS:
    void windowReplaced(MainWindow* window);

private:
    void build();

    Corpus& m_corpus;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rs
