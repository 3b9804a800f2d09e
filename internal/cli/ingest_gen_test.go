package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// genReports writes n short reports as JSON Lines, written for these tests
// (not real news): meetings between a Pakistani minister and a foreign
// envoy, some told twice (by "Dawn" and "APP"), promises to meet in a later
// month, talks that keep some of them, and postponements.
func genReports(n int) []byte {
	type envoy struct{ title, name, country, city string }
	envoys := []envoy{
		{"British High Commissioner", "Jane Marriott", "United Kingdom", "London"},
		{"Chinese Ambassador", "Jiang Zaidong", "China", "Beijing"},
		{"US Ambassador", "Donald Blome", "the United States", "Washington"},
		{"Turkish Ambassador", "Irfan Neziroglu", "Turkiye", "Ankara"},
		{"Iranian Ambassador", "Reza Amiri Moghadam", "Iran", "Tehran"},
		{"Saudi Ambassador", "Nawaf bin Said Al-Malki", "Saudi Arabia", "Riyadh"},
		{"Japanese Ambassador", "Akira Kuwahara", "Japan", "Tokyo"},
		{"German Ambassador", "Ina Lepel", "Germany", "Berlin"},
		{"French Ambassador", "Nicolas Galey", "France", "Paris"},
		{"Russian Ambassador", "Albert Khorev", "Russia", "Moscow"},
		{"Qatari Ambassador", "Ali Mubarak Al-Khater", "Qatar", "Doha"},
		{"Italian Ambassador", "Marilina Armellin", "Italy", "Rome"},
		{"Egyptian Ambassador", "Ihab Abdel Hamid", "Egypt", "Cairo"},
		{"Indonesian Ambassador", "Chandra Warsenanto", "Indonesia", "Jakarta"},
	}
	ministers := [][2]string{
		{"Interior Minister", "Tariq Mehmood"}, {"Commerce Minister", "Jam Kamal Khan"},
		{"Information Minister", "Attaullah Tarar"}, {"Foreign Secretary", "Amna Baloch"},
	}
	topics := []string{"cooperation against human trafficking", "trade and investment", "security along the border",
		"the training of police officers", "the return of refugees", "energy projects"}
	weekdays := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	write := func(id, date, source, title, text string) {
		text += fmt.Sprintf("\n\nThis is generated report %s.", id)
		line, _ := json.Marshal(map[string]string{"id": id, "date": date, "source": source, "title": title, "text": text})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	for i := 0; i < n; i++ {
		base := i
		if i%6 == 1 {
			base = i - 1 // APP tells the meeting Dawn told
		}
		e := envoys[base%len(envoys)]
		m := ministers[(base/len(envoys))%len(ministers)]
		topic := topics[i%len(topics)]
		day := start.AddDate(0, 0, base*240/n)
		date := day.Format("2006-01-02")
		when := weekdays[int(day.AddDate(0, 0, -1).Weekday()+6)%7]
		next := day.AddDate(0, 2, 0).Format("January")
		id := fmt.Sprintf("gen-%04d", i)
		switch i % 6 {
		case 0, 3:
			text := fmt.Sprintf("ISLAMABAD: %s %s met %s %s in Islamabad on %s and discussed %s.\n\n"+
				"The two sides agreed to hold the next round of talks in %s. Officials said %s would also be discussed.",
				m[0], m[1], e.title, e.name, when, topic, next, topics[(i+1)%len(topics)])
			write(id, date, "Dawn", m[1]+" meets "+e.name, text)
		case 1:
			text := fmt.Sprintf("ISLAMABAD, (APP): %s %s held a meeting with %s %s here on %s.\n\n"+
				"They discussed matters of mutual interest, including %s.",
				m[0], m[1], e.title, e.name, when, topics[(i+5)%len(topics)])
			write(id, date, "APP", m[1]+", "+e.name+" discuss cooperation", text)
		case 2:
			text := fmt.Sprintf("%s: Pakistan and %s held talks in %s on %s on %s.\n\nThe talks were led by %s %s.",
				strings.ToUpper(e.city), e.country, e.city, when, topic, m[0], m[1])
			write(id, date, "Dawn", "Pakistan, "+e.country+" hold talks", text)
		case 4:
			if i%30 != 4 {
				text := fmt.Sprintf("LAHORE: A court granted bail to %d men accused of fraud on %s. The case was adjourned for %d days.",
					2+i%4, when, 7+i%9)
				write(id, date, "APP", "Bail granted", text)
				break
			}
			text := fmt.Sprintf("ISLAMABAD: The meeting between Pakistan and %s on %s has been postponed, officials said on %s.\n\n"+
				"New dates would be set through diplomatic channels.", e.country, topic, when)
			write(id, date, "APP", "Meeting postponed", text)
		case 5:
			text := fmt.Sprintf("KARACHI: Police arrested %d suspects in a raid on %s, officials said. The %s police chief said the suspects were wanted in %d cases.",
				2+i%5, when, []string{"Karachi", "Lahore", "Quetta"}[i%3], 3+i%7)
			write(id, date, "Dawn", "Suspects arrested", text)
		}
	}
	return buf.Bytes()
}
