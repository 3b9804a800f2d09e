module github.com/accord-events/accord

go 1.26
