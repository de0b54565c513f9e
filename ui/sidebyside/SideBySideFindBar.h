#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;

namespace rs {

// The bar above the side-by-side columns that finds a text in all of them: a field, previous/next
// buttons (the view's actions, so F3 and Shift+F3 work from anywhere), the count per column and a
// close button. Enter finds the next match, Shift+Enter the previous, Esc closes the bar.
class SideBySideFindBar : public QWidget
{
    Q_OBJECT

public:
    SideBySideFindBar(QAction* previous, QAction* next, QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    // Opens the bar with the given text (a selection) or the last one, selected for typing over.
    void open(const QString& text);
    void close();
    void setCountText(const QString& text);

Q_SIGNALS:
    void textChanged(const QString& text);
    void nextRequested(bool backward);
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_field;
    QLabel* m_count;
};

} // namespace rs
